import type { Shortcut } from './registry';
import { useShortcuts } from './useShortcuts';

/**
 * A dialog's "send" key, Ctrl+Enter (⌘+Enter), live even from inside its text fields, plus hints
 * for the help. `dialog` is the id of the dialog's title.
 */
export function useDialogSend(options: {
  dialog: string;
  group: string;
  description: string;
  send: () => void;
  enabled: boolean;
  hints?: Shortcut[];
}): void {
  const { dialog, group, description, send, enabled, hints = [] } = options;
  useShortcuts({ scope: 'dialog', group, dialog }, [
    ...hints,
    { keys: ['Mod+Enter'], description, run: send, enabled, whileTyping: true },
  ]);
}
