import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { QueueCounts } from '../domain/stats';
import { Figure, StatCard } from './StatCard';

const FIGURES: { key: keyof QueueCounts; tone?: 'error' | 'warning' }[] = [
  { key: 'waiting' },
  { key: 'inReview' },
  { key: 'callbacksDue', tone: 'warning' },
  { key: 'dueWithin2h', tone: 'warning' },
  { key: 'overdue', tone: 'error' },
];

/** Today's queue in numbers: read at a glance, no chart needed. */
export const QueueCard = ({ queue }: { queue: QueueCounts }) => {
  const translate = useTranslate();
  return (
    <StatCard title={translate('app.dashboard.queue.title')}>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {FIGURES.map(({ key, tone }) => (
          <Figure
            key={key}
            label={translate(`app.dashboard.queue.${key}`)}
            value={queue[key]}
            tone={queue[key] > 0 ? tone : undefined}
          />
        ))}
      </Stack>
    </StatCard>
  );
};
