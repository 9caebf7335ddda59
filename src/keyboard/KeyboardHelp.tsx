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
import { displayCombo } from './keys';
import type { Shortcut, ShortcutScope } from './registry';

const headingId = (group: string) => `keys-${group.replace(/[^a-z0-9]+/gi, '-')}`;

export interface HelpGroup {
  group: string;
  scope: ShortcutScope;
  shortcuts: Shortcut[];
}

/** The `?` overlay: every shortcut of the current page (open dialogs first), by group. */
export const KeyboardHelp = ({
  groups,
  onClose,
}: {
  groups: HelpGroup[] | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog
      open={groups !== null}
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="keyboard-help-title"
    >
      <DialogTitle id="keyboard-help-title">{translate('app.keyboard.title')}</DialogTitle>
      {/* Focusable: a long list scrolls, and the keyboard must be able to scroll it. */}
      <DialogContent tabIndex={0}>
        {(groups ?? []).map(({ group, shortcuts }) => (
          <section key={group} aria-labelledby={headingId(group)}>
            <Typography
              id={headingId(group)}
              component="h3"
              variant="subtitle2"
              sx={{ mt: 1.5, mb: 0.5 }}
            >
              {translate(group)}
            </Typography>
            <Table size="small" aria-labelledby={headingId(group)}>
              <TableBody>
                {shortcuts.map((shortcut) => (
                  <TableRow key={`${shortcut.description}-${shortcut.keys.join()}`}>
                    <TableCell sx={{ whiteSpace: 'nowrap', width: '38%' }}>
                      {shortcut.label ? (
                        <kbd>{shortcut.label}</kbd>
                      ) : (
                        shortcut.keys.map((key, i) => (
                          <span key={key}>
                            {i > 0 && ' / '}
                            <kbd>{displayCombo(key)}</kbd>
                          </span>
                        ))
                      )}
                    </TableCell>
                    <TableCell>{translate(shortcut.description)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        ))}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('app.keyboard.typing')}
        </Typography>
      </DialogContent>
    </Dialog>
  );
};
