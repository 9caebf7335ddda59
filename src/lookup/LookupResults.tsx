import { Box, Chip, List, ListItemButton, ListSubheader, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { StatusChip } from '../orders/StatusChip';
import { CstDateTime } from '../shared/CstDateTime';
import type { LookupAnswer, LookupOrder } from '../domain/lookup';

/** The lookup's answer, grouped by subject; `active` is the row the arrow keys are on. */
export const LookupResults = ({
  answer,
  active,
  onOpen,
  idPrefix,
}: {
  answer: LookupAnswer;
  active: number;
  onOpen: (order: LookupOrder) => void;
  idPrefix: string;
}) => {
  const translate = useTranslate();
  // Each group's first row number: the arrow keys walk all rows across groups.
  const starts = answer.groups.map((_, i) =>
    answer.groups.slice(0, i).reduce((sum, group) => sum + group.orders.length, 0),
  );
  const shown = answer.groups.reduce((sum, group) => sum + group.orders.length, 0);
  return (
    <>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2, pt: 1, display: 'block' }}>
        {translate('app.lookup.summary', { total: answer.total, groups: answer.groups.length })}
        {answer.truncated && ` · ${translate('app.lookup.truncated', { shown })}`}
      </Typography>
      <List
        id={`${idPrefix}-list`}
        role="listbox"
        aria-label={translate('app.lookup.results')}
        dense
        sx={{ py: 0 }}
      >
        {answer.groups.map((group, groupIndex) => (
          <Fragment key={group.subjectKey}>
            <ListSubheader
              role="presentation"
              sx={{ lineHeight: 1.4, py: 0.75, display: 'flex', gap: 1, alignItems: 'baseline' }}
            >
              <Typography component="span" variant="subtitle2" color="text.primary">
                {group.subjectName}
              </Typography>
              <Typography
                component="span"
                variant="caption"
                sx={{ fontVariantNumeric: 'tabular-nums' }}
              >
                {group.certificateNumber}
              </Typography>
              <Typography component="span" variant="caption" sx={{ ml: 'auto' }}>
                {translate('app.lookup.subject_orders', { count: group.orders.length })}
              </Typography>
            </ListSubheader>
            {group.orders.map((order, orderIndex) => {
              const index = (starts[groupIndex] ?? 0) + orderIndex;
              const selected = index === active;
              return (
                <ListItemButton
                  key={order.id}
                  id={`${idPrefix}-option-${index}`}
                  role="option"
                  aria-selected={selected}
                  aria-label={translate('app.lookup.open', { id: order.id })}
                  selected={selected}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onOpen(order)}
                  sx={{ gap: 1.5, alignItems: 'center', py: 0.75 }}
                >
                  <Box sx={{ minWidth: 0, flex: 1 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {order.id}
                      <Typography
                        component="span"
                        variant="body2"
                        color="text.secondary"
                        sx={{ ml: 1, fontWeight: 400 }}
                      >
                        {order.domains.join('、')}
                      </Typography>
                    </Typography>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate(`app.lookup.matched_on.${order.matchedOn}`)}：{order.matchedValue}
                      {' · '}
                      <CstDateTime value={order.submittedAt} />
                    </Typography>
                  </Box>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={translate(`resources.orders.enums.type.${order.type}`)}
                    sx={{ display: { xs: 'none', sm: 'inline-flex' } }}
                  />
                  <StatusChip status={order.status} />
                </ListItemButton>
              );
            })}
          </Fragment>
        ))}
      </List>
    </>
  );
};
