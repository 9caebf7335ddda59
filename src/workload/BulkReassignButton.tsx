import PersonIcon from '@mui/icons-material/SwitchAccountOutlined';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Button, useGetList, useListContext, useTranslate } from 'react-admin';
import type { User } from '../domain/types';
import { useBulkOrderAction } from './useBulkOrderAction';

/** Bulk action: move the selected orders to one reviewer (`POST /orders/:id/reassign`). */
export const BulkReassignButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const { run, running } = useBulkOrderAction('reassign');
  const [open, setOpen] = useState(false);
  const [assigneeId, setAssigneeId] = useState('');
  const { data: reviewers = [] } = useGetList<User>('users', {
    filter: { role: 'reviewer' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });

  const confirm = async () => {
    setOpen(false);
    await run({ assigneeId });
    setAssigneeId('');
  };

  return (
    <>
      <Button label="app.workload.reassign" onClick={() => setOpen(true)} disabled={running}>
        <PersonIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>
          {translate('app.workload.reassign_title', { count: selectedIds.length })}
        </DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('app.workload.reassign_to')}
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
          >
            {reviewers.map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.name}（{user.username}）
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label="app.workload.cancel" onClick={() => setOpen(false)} />
          <Button
            label="app.workload.confirm"
            variant="contained"
            onClick={confirm}
            disabled={!assigneeId}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
