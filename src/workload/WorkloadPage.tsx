import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { HeldOrdersList } from './HeldOrdersList';
import { WorkloadTable } from './WorkloadTable';

/** Supervisors: who carries how much, and moving orders between reviewers. */
export const WorkloadPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions();
  // The API refuses the figures to others (403); the page does not pretend otherwise.
  if (isPending || permissions !== 'supervisor') return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Title title={translate('app.workload.title')} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            {translate('app.workload.title')}
          </Typography>
          <WorkloadTable />
        </CardContent>
      </Card>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('app.workload.held_title')}
      </Typography>
      <HeldOrdersList />
    </Stack>
  );
};
