import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { AgreementRow } from '../domain/qa';
import type { User } from '../domain/types';
import { percent, StatCard } from './StatCard';

/** Second-review agreement per first reviewer: a small table, since the numbers matter. */
export const AgreementCard = ({ rows }: { rows: AgreementRow[] }) => {
  const translate = useTranslate();
  const { data: users = [] } = useGetList<User>('users', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  const column = (key: string) => translate(`app.dashboard.agreement.${key}`);
  return (
    <StatCard title={column('title')}>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{column('none')}</Typography>
      ) : (
        // A third of the page from 1200 px: cells tighter than MUI's keep the rate in view.
        <Table
          size="small"
          aria-label={column('title')}
          sx={{ '& .MuiTableCell-root': { px: 1 }, '& th': { lineHeight: 1.3 } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{column('reviewer')}</TableCell>
              <TableCell align="right">{column('reviewed')}</TableCell>
              <TableCell align="right">{column('agreed')}</TableCell>
              <TableCell align="right">{column('rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.reviewerId}>
                <TableCell>{name(row.reviewerId)}</TableCell>
                <TableCell align="right">{row.reviewed}</TableCell>
                <TableCell align="right">{row.agreed}</TableCell>
                <TableCell align="right">{percent(row.rate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </StatCard>
  );
};
