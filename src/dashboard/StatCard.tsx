import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One dashboard card: a title (a heading, for screen readers and tests) and its content. */
export const StatCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" sx={{ height: '100%' }} component="section" aria-label={title}>
    <CardContent>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** A figure a supervisor reads rather than looks at. */
export const Figure = ({
  label,
  value,
  tone,
}: {
  label: string;
  value: ReactNode;
  tone?: 'error' | 'warning';
}) => (
  <div role="group" aria-label={label}>
    <Typography variant="h4" component="p" color={tone ? `${tone}.main` : 'text.primary'}>
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </div>
);

export const percent = (value: number | null | undefined, none = '—') =>
  value === null || value === undefined ? none : `${Math.round(value * 1000) / 10}%`;
