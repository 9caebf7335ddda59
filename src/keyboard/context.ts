import { createContext } from 'react';
import type { ShortcutRegistry } from './registry';

export interface ShortcutContextValue {
  registry: ShortcutRegistry;
  openHelp: () => void;
}

export const ShortcutContext = createContext<ShortcutContextValue | null>(null);
