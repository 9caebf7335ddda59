import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { RevealableValue } from '../privacy/RevealableValue';
import type { Order } from '../domain/types';

/** The numbers to dial, as the applicant typed them (shown as text, never as markup). */
export const CallPhones = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const principal = order.subjectPrincipal;
  // Masked until revealed with a reason, like every personal field (api.md "Reveal").
  const phone = (field: string, value: string | null, label: string): ReactNode =>
    value ? <RevealableValue orderId={order.id} field={field} value={value} label={label} /> : null;
  const principalLabel = translate('app.review.call.principal');
  const emergencyLabel = translate('app.review.call.emergency');
  const rows: [string, ReactNode][] = [
    [
      principalLabel,
      <>
        {principal.name} {phone('subjectPrincipal.mobile', principal.mobile, principalLabel)}
      </>,
    ],
    [
      emergencyLabel,
      phone('subjectPrincipal.emergencyPhone', principal.emergencyPhone, emergencyLabel),
    ],
    ...order.websites
      .map((w, index) => ({ w, index }))
      .filter(({ w }) => w.principal.mobile !== principal.mobile)
      .map(({ w, index }): [string, ReactNode] => {
        const label = translate('app.review.call.site_principal', { name: w.name });
        return [
          label,
          <>
            {w.principal.name}{' '}
            {phone(`websites[${index}].principal.mobile`, w.principal.mobile, label)}
          </>,
        ];
      }),
  ];
  return (
    <Box component="dl" aria-label={translate('app.review.call.phones')} sx={{ m: 0 }}>
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <Typography key={label} variant="body2" component="div">
            {/* Inline, so applicant text is isolated: a right-to-left override cannot run on. */}
            <Box
              component="dt"
              sx={{ display: 'inline', color: 'text.secondary', mr: 1, unicodeBidi: 'isolate' }}
            >
              {label}
            </Box>
            <Box
              component="dd"
              sx={{
                display: 'inline',
                m: 0,
                fontVariantNumeric: 'tabular-nums',
                unicodeBidi: 'isolate',
                overflowWrap: 'anywhere',
              }}
            >
              {value}
            </Box>
          </Typography>
        ))}
    </Box>
  );
};
