import { useContext, useEffect, useState, type ReactNode } from 'react';
import { ShortcutContext, type ShortcutContextValue } from './context';
import { KeyboardHelp } from './KeyboardHelp';
import { createRegistry, type ShortcutRegistry } from './registry';
import { useShortcuts } from './useShortcuts';

/** The registry, its one keydown listener and the help overlay, for everything inside the layout. */
export const ShortcutProvider = ({ children }: { children: ReactNode }) => {
  const [registry] = useState(createRegistry);
  const [help, setHelp] = useState<ReturnType<ShortcutRegistry['snapshot']> | null>(null);
  const [value] = useState<ShortcutContextValue>(() => ({
    registry,
    openHelp: () => setHelp(registry.snapshot()),
  }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => void registry.dispatch(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);

  return (
    <ShortcutContext.Provider value={value}>
      <HelpShortcut />
      {children}
      <KeyboardHelp groups={help} onClose={() => setHelp(null)} />
    </ShortcutContext.Provider>
  );
};

const HelpShortcut = () => {
  const { openHelp } = useShortcutHelp();
  useShortcuts({ scope: 'global', group: 'app.keyboard.groups.general' }, [
    { keys: ['?'], description: 'app.keyboard.help', run: openHelp },
  ]);
  return null;
};

/** Opens the help overlay (the viewer's toolbar button, the `?` key). */
export function useShortcutHelp(): { openHelp: () => void } {
  const context = useContext(ShortcutContext);
  return { openHelp: context?.openHelp ?? (() => undefined) };
}
