import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Order } from '../domain/types';

/** The numbers to dial, as the applicant typed them (shown as text, never as markup). */
export const CallPhones = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const principal = order.subjectPrincipal;
  const rows: [string, string | null][] = [
    [translate('app.review.call.principal'), `${principal.name} ${principal.mobile}`],
    [translate('app.review.call.emergency'), principal.emergencyPhone],
    ...order.websites
      .filter((w) => w.principal.mobile !== principal.mobile)
      .map((w): [string, string | null] => [
        translate('app.review.call.site_principal', { name: w.name }),
        `${w.principal.name} ${w.principal.mobile}`,
      ]),
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
