import UndoIcon from '@mui/icons-material/AssignmentReturnOutlined';
import { Button } from 'react-admin';
import { useBulkOrderAction } from './useBulkOrderAction';

/** Bulk action: put orders held by someone absent back in the queue (`POST /orders/:id/release`). */
export const BulkReleaseButton = () => {
  const { run, running } = useBulkOrderAction('release');
  return (
    <Button label="app.workload.release" onClick={() => run()} disabled={running}>
      <UndoIcon />
    </Button>
  );
};
