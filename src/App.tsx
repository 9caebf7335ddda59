import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter, Route } from 'react-router-dom';
import { CssBaseline } from '@mui/material';
import {
  AccessDenied,
  AdminContext,
  AuthenticationError,
  CoreAdminUI,
  CustomRoutes,
  Error as ErrorPage,
  LoadingPage,
  NotFound,
  Notification,
  Resource,
  type DataProvider,
  type Store,
} from 'react-admin';
import auditEvents from './audit';
import { AppConfigProvider } from './config/AppConfigContext';
import { env } from './config/env';
import { lazyPage, preloadWhenIdle } from './lazyPages';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import orders from './orders';
import { prefetchQueuePage } from './orders/queueQuery';
import { createAuthProvider } from './providers/authProvider';
import { createConsoleStore } from './providers/consoleStore';
import { readAuth } from './providers/authStorage';
import { createDataProvider } from './providers/dataProvider';
import { createI18nProvider } from './providers/i18nProvider';
import qaReviews from './qa';
import { darkTheme, lightTheme } from './theme/theme';

// Pages beyond sign-in and the queue load on first use (see lazyPages.ts for the pattern).
const DashboardPage = lazyPage(
  () => import('./dashboard/DashboardPage'),
  (m) => m.DashboardPage,
);
const WorkloadPage = lazyPage(
  () => import('./workload/WorkloadPage'),
  (m) => m.WorkloadPage,
);

const CatchAll = () => <NotFound />;

// A stored session opens on the queue: its chunk (requested from main.ts already, when the address
// is the queue's) is taken in here, so that the queue renders in the same pass as the layout
// (lazyPages.ts). Signed out, it is fetched once the sign-in form is shown and the browser idles.
if (readAuth()) void orders.list.preload().catch(() => undefined);
else preloadWhenIdle(orders.list);

export interface AppProps {
  /** Base URL of the API; tests pass an absolute one (jsdom has no origin to resolve `/api`). */
  apiUrl?: string;
  /** Replaces the REST data provider (e.g. a test double); the auth provider still uses `apiUrl`. */
  dataProvider?: DataProvider;
  /** react-admin's store (locale, theme, list parameters); tests pass a fresh `memoryStore()`. */
  store?: Store;
  /** Offer the demo accounts and the demo data reset. */
  demo?: boolean;
}

export const App = ({ apiUrl = env.apiUrl, dataProvider, store, demo = env.demo }: AppProps) => {
  // One set of providers per app instance: the i18n provider holds the current locale.
  const [providers] = useState(() => {
    const created = {
      dataProvider: dataProvider ?? createDataProvider(apiUrl),
      authProvider: createAuthProvider(apiUrl),
      i18nProvider: createI18nProvider(),
      store: store ?? createConsoleStore(),
      queryClient: new QueryClient(),
    };
    // A stored session opening on the queue: its page is fetched while the console starts.
    const auth = readAuth();
    if (auth) prefetchQueuePage({ ...created, role: auth.user.role, hash: window.location.hash });
    return created;
  });

  return (
    <AppConfigProvider value={{ demo }}>
      {/*
        Our own router, without React transitions: react-admin's default router wraps navigation in
        startTransition, and a signed-out visit then re-renders in a loop (every logout clears the
        query cache, restarting the transition) for 10–15 s before the sign-in form shows
        (react-admin issues #10885, #10764).
      */}
      <HashRouter useTransitions={false}>
        {/*
          react-admin's <Admin> is exactly AdminContext + AdminUI; AdminUI's defaults (its own login
          form, layout, i18n provider) would ship in the first load although we replace them all.
        */}
        <AdminContext
          dataProvider={providers.dataProvider}
          authProvider={providers.authProvider}
          i18nProvider={providers.i18nProvider}
          store={providers.store}
          queryClient={providers.queryClient}
          theme={lightTheme}
          darkTheme={darkTheme}
          defaultTheme="light"
        >
          <CssBaseline enableColorScheme>
            <CoreAdminUI
              layout={Layout}
              loginPage={LoginPage}
              catchAll={CatchAll}
              error={ErrorPage}
              loading={LoadingPage}
              accessDenied={AccessDenied}
              authenticationError={AuthenticationError}
              requireAuth
              disableTelemetry
            >
              <Resource name="orders" {...orders} />
              <Resource name="users" recordRepresentation="name" />
              <Resource name="materials" />
              <Resource name="audit_events" {...auditEvents} />
              <Resource name="qa_reviews" {...qaReviews} />
              <CustomRoutes>
                <Route path="/dashboard" element={<DashboardPage />} />
                <Route path="/workload" element={<WorkloadPage />} />
              </CustomRoutes>
            </CoreAdminUI>
            <Notification />
          </CssBaseline>
        </AdminContext>
      </HashRouter>
    </AppConfigProvider>
  );
};
