import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApiJson } from '../dashboard/useApiJson';
import type { WorkloadRow } from '../dashboard/types';

const COLUMNS = ['name', 'held', 'decidedToday', 'avgHandling', 'overdue'] as const;

/** Per reviewer: orders held, decided today, average handling time, overdue (server figures). */
export const WorkloadTable = () => {
  const translate = useTranslate();
  const { data = [] } = useApiJson<WorkloadRow[]>('/stats/workload');
  const minutes = (value: number | null) =>
    value === null ? '—' : translate('app.workload.minutes', { minutes: Math.round(value) });
  return (
    <Table size="small" aria-label={translate('app.workload.title')}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((key) => (
            <TableCell key={key} align={key === 'name' ? 'left' : 'right'}>
              {translate(`app.workload.columns.${key}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.name}</TableCell>
            <TableCell align="right">{row.held}</TableCell>
            <TableCell align="right">{row.decidedToday}</TableCell>
            <TableCell align="right">{minutes(row.avgHandlingMinutes)}</TableCell>
            <TableCell align="right" sx={{ color: row.overdue > 0 ? 'error.main' : undefined }}>
              {row.overdue}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
