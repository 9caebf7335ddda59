import {
  Dialog,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';

/** The keys and what they do, as the viewer's key handler implements them (useViewerKeys). */
export const VIEWER_KEYS: readonly (readonly [string, string])[] = [
  ['→ / K', 'next'],
  ['← / J', 'previous'],
  ['+ / −', 'zoom'],
  ['R', 'rotate'],
  ['F', 'fit'],
  ['A', 'accept'],
  ['X', 'reject'],
  ['C', 'compare'],
  ['Shift + F', 'fullscreen'],
  ['?', 'help'],
  ['Esc', 'close'],
];

export const KeyboardHelp = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('app.materials.keys.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {VIEWER_KEYS.map(([keys, action]) => (
              <TableRow key={action}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <kbd>{keys}</kbd>
                </TableCell>
                <TableCell>{translate(`app.materials.keys.${action}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('app.materials.keys.typing')}
        </Typography>
      </DialogContent>
    </Dialog>
  );
};
