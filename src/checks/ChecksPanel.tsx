import Refresh from '@mui/icons-material/Refresh';
import { Box, Button, IconButton, List, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { groupChecks } from '../domain/checks/summary';
import type { CheckResult, Order } from '../domain/types';
import { Section } from '../shared/Section';
import { CheckItem } from './CheckItem';
import { useRerunChecks } from './useRerunChecks';

const count = (checks: readonly CheckResult[], status: CheckResult['status']) =>
  checks.filter((c) => c.status === status).length;

/**
 * The order page's checklist: what the automatic checks found, failures first, each linked to its
 * field; passes folded away so the card stays compact; a button runs the checks again.
 */
export const ChecksPanel = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const { rerun, isPending } = useRerunChecks(order.id);
  const [showPassed, setShowPassed] = useState(false);
  const checks = order.checks ?? [];
  const groups = groupChecks(checks);
  const passed = groups.find(([status]) => status === 'pass')?.[1] ?? [];
  const label = translate('app.checks.rerun');
  return (
    <Section title={translate('app.checks.title')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {checks.length === 0
            ? translate('app.checks.none')
            : translate('app.checks.summary', {
                fail: count(checks, 'fail'),
                warn: count(checks, 'warn'),
                pass: count(checks, 'pass'),
              })}
        </Typography>
        <Tooltip title={label}>
          <span>
            <IconButton size="small" onClick={rerun} disabled={isPending} aria-label={label}>
              <Refresh fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
      {groups
        .filter(([status]) => status !== 'pass')
        .map(([status, list]) => (
          <Box
            key={status}
            component="section"
            aria-label={translate(`app.checks.status.${status}`)}
          >
            <Typography component="h3" variant="overline" color="text.secondary">
              {translate(`app.checks.status.${status}`)}
            </Typography>
            <List dense disablePadding>
              {list.map((check) => (
                <CheckItem key={check.id} check={check} />
              ))}
            </List>
          </Box>
        ))}
      {passed.length > 0 && (
        <>
          <Button size="small" onClick={() => setShowPassed((v) => !v)} aria-expanded={showPassed}>
            {showPassed
              ? translate('app.checks.hide_passed')
              : translate('app.checks.show_passed', { count: passed.length })}
          </Button>
          {showPassed && (
            <List dense disablePadding aria-label={translate('app.checks.status.pass')}>
              {passed.map((check) => (
                <CheckItem key={check.id} check={check} />
              ))}
            </List>
          )}
        </>
      )}
      {checks[0] && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('app.checks.ruleset', { version: checks[0].ruleSetVersion })}
        </Typography>
      )}
    </Section>
  );
};
