import type { ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { OfflineBanner } from '../reliability/OfflineBanner';
import { ShortcutProvider } from '../keyboard/ShortcutProvider';
import { useUserTheme } from '../theme/useUserTheme';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { useDocumentLanguage } from './useDocumentLanguage';

export const Layout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  useDocumentLanguage(locale);
  useUserTheme();
  return (
    <ShortcutProvider>
      <RaLayout appBar={AppBar} menu={Menu} appBarAlwaysOn>
        <OfflineBanner />
        {children}
      </RaLayout>
    </ShortcutProvider>
  );
};
