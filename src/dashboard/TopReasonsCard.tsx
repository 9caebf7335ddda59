import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { reasonByCode } from '../domain/reasons';
import { StatCard } from './StatCard';

/** The most frequent rejection reasons, read as a ranked list with their counts. */
export const TopReasonsCard = ({ reasons }: { reasons: { code: string; count: number }[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const top = reasons[0]?.count ?? 1;
  const title = (code: string) => {
    const reason = reasonByCode(code);
    if (!reason) return code;
    return locale === 'en' ? reason.titleEn : reason.titleZh;
  };
  return (
    <StatCard title={translate('app.dashboard.reasons.title')}>
      {reasons.length === 0 && (
        <Typography color="text.secondary">{translate('app.dashboard.reasons.none')}</Typography>
      )}
      <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {reasons.map((reason) => (
          <Box component="li" key={reason.code} sx={{ mb: 1 }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
              <Typography variant="body2">{title(reason.code)}</Typography>
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {reason.count}
              </Typography>
            </Box>
            <LinearProgress
              variant="determinate"
              value={(reason.count / top) * 100}
              aria-hidden
              sx={{ height: 4, borderRadius: 2 }}
            />
          </Box>
        ))}
      </Box>
    </StatCard>
  );
};
