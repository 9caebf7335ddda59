import { Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A titled block of the order page; the title is a real heading for navigation and tests. */
export const Section = ({
  title,
  children,
  action,
  level = 2,
}: {
  title: ReactNode;
  children: ReactNode;
  action?: ReactNode;
  level?: 2 | 3;
}) => {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} sx={{ mb: 2 }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography
          id={headingId}
          component={level === 2 ? 'h2' : 'h3'}
          variant={level === 2 ? 'h6' : 'subtitle1'}
          sx={{ mb: 1.5, display: 'flex', alignItems: 'center', gap: 1 }}
        >
          {title}
          {action}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
