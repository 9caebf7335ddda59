import { createContext, useContext, type ReactNode } from 'react';

/** Run-time settings the UI needs below `<Admin>` (the rest stays in the providers). */
export interface AppConfig {
  /** The embedded mock backend is running: offer demo accounts and a data reset. */
  demo: boolean;
}

const AppConfigContext = createContext<AppConfig>({ demo: false });

export function AppConfigProvider({ value, children }: { value: AppConfig; children: ReactNode }) {
  return <AppConfigContext.Provider value={value}>{children}</AppConfigContext.Provider>;
}

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext);
}
