import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCstDateTime } from '../domain/format';
import { reasonByCode } from '../domain/reasons';
import type { Order } from '../domain/types';
import { useFieldLabel } from '../review/useFieldLabel';

/** Each revision: its rejection and reasons, and what the latest resubmission changed. */
export const RevisionHistory = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fieldLabel = useFieldLabel();
  const title = (code: string) => {
    const reason = reasonByCode(code);
    return (locale === 'en' ? reason?.titleEn : reason?.titleZh) ?? code;
  };
  const changes = order.revisionChanges ?? [];
  return (
    <>
      {order.revision === 1 && order.rejections.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.support.no_history')}
        </Typography>
      )}
      <List dense disablePadding>
        <ListItem disableGutters>
          <ListItemText
            primary={translate('app.support.revision_submitted', {
              revision: order.revision,
              date: formatCstDateTime(order.submittedAt),
            })}
            secondary={
              changes.length > 0
                ? `${translate('app.support.changes', { count: changes.length })}：${changes
                    .map((c) => fieldLabel(c.field))
                    .join('、')}`
                : null
            }
          />
        </ListItem>
        {[...order.rejections].reverse().map((rejection) => (
          <ListItem key={`${rejection.revision}-${rejection.at}`} disableGutters>
            <ListItemText
              primary={translate('app.support.revision_rejected', {
                revision: rejection.revision,
                date: formatCstDateTime(rejection.at),
                reasons: rejection.reasons.map((r) => title(r.code)).join('、'),
              })}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
};
