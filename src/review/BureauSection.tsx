import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import { formatCstDateTime } from '../domain/format';
import { provinceByCode } from '../domain/provinces';
import { canPerform } from '../domain/status';
import type { Order, Role } from '../domain/types';
import { Section } from '../shared/Section';
import { BureauResultDialog } from './BureauResultDialog';

/** The provincial bureau's part: where and until when it reviews, its answer, and (supervisor) recording it. */
export const BureauSection = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const bureau = order.bureau;
  if (!bureau) return null;
  const canRecord =
    identity !== undefined &&
    canPerform('bureau_result', order, { id: String(identity.id), role: identity.role as Role });
  return (
    <Section title={translate('app.review.bureau.result')}>
      <Stack spacing={1}>
        <Typography variant="body2">
          {translate('app.review.bureau.info', {
            province: provinceByCode(bureau.provinceCode)?.zh ?? bureau.provinceCode,
            at: formatCstDateTime(bureau.submittedAt),
            due: formatCstDateTime(bureau.dueAt) || '—',
          })}
        </Typography>
        {bureau.result === 'approved' && (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {translate('app.review.bureau.numbers', { numbers: bureau.filingNumbers.join('、') })}
          </Typography>
        )}
        {bureau.result === 'rejected' && (
          <Typography variant="body2">
            {translate('app.review.bureau.reason_shown', { reason: bureau.reason ?? '' })}
          </Typography>
        )}
        {canRecord && (
          <Button variant="contained" onClick={() => setOpen(true)}>
            {translate('app.review.bureau.action')}
          </Button>
        )}
        {open && <BureauResultDialog order={order} open={open} onClose={() => setOpen(false)} />}
      </Stack>
    </Section>
  );
};
