import { useShortcuts } from '../keyboard/useShortcuts';

export interface ViewerKeyActions {
  step: (delta: number) => void;
  zoom: (factor: number) => void;
  rotate: () => void;
  fit: () => void;
  accept: () => void;
  reject: () => void;
  compare: () => void;
  fullscreen: () => void;
  help: () => void;
}

const k = (key: string) => `app.materials.keys.${key}`;

/**
 * The viewer's keys, in the registry's dialog scope: live while the focus is in the workspace,
 * muted while a dialog on top of it (the reject reasons, the help) has it.
 */
export function useViewerKeys(dialogTitleId: string, canDecide: boolean, a: ViewerKeyActions) {
  useShortcuts({ scope: 'dialog', group: 'app.keyboard.groups.viewer', dialog: dialogTitleId }, [
    { keys: ['ArrowRight', 'k'], description: k('next'), run: () => a.step(1) },
    { keys: ['ArrowLeft', 'j'], description: k('previous'), run: () => a.step(-1) },
    { keys: ['+', '='], description: k('zoom_in'), run: () => a.zoom(1.25) },
    { keys: ['-'], description: k('zoom_out'), run: () => a.zoom(1 / 1.25) },
    { keys: ['r'], description: k('rotate'), run: a.rotate },
    { keys: ['f'], description: k('fit'), run: a.fit },
    { keys: ['Shift+F'], description: k('fullscreen'), run: a.fullscreen },
    { keys: ['a'], description: k('accept'), run: a.accept, enabled: canDecide },
    { keys: ['x'], description: k('reject'), run: a.reject, enabled: canDecide },
    { keys: ['c'], description: k('compare'), run: a.compare },
    { keys: ['?'], description: k('help'), run: a.help },
    { keys: ['Escape'], description: k('close') },
  ]);
}
