import { StrictMode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { I18nProvider, Store } from 'react-admin';
import type { AppProps } from '../App';
import { env } from '../config/env';
import { preloadWhenIdle } from '../lazyPages';
import { SignInForm } from '../login/SignInForm';
import { createConsoleStore } from '../providers/consoleStore';
import { DEFAULT_LOCALE, LOCALES, createI18nProvider } from '../providers/i18nProvider';
import { signIn } from '../providers/signIn';

const loadConsole = () => import('./startConsole');

/** Where the console opens after signing in: back where the last session ended, else the link visited. */
function openingRoute(returnTo: string | null): void {
  const route = window.location.hash.replace(/^#/, '');
  if (returnTo) window.history.replaceState(null, '', `#${returnTo}`);
  else if (route === '' || route === '/' || route.startsWith('/login'))
    window.history.replaceState(null, '', '#/');
}

const SignInShell = ({
  i18n,
  store,
  apiUrl,
  demo,
  onSignedIn,
}: {
  i18n: I18nProvider;
  store: Store;
  apiUrl: string;
  demo: boolean;
  onSignedIn: (returnTo: string | null) => Promise<void>;
}) => {
  const [locale, setLocale] = useState(() => i18n.getLocale());
  return (
    <SignInForm
      translate={(key, options) => i18n.translate(key, options)}
      locale={locale}
      locales={LOCALES}
      onLocaleChange={(next) => {
        void Promise.resolve(i18n.changeLocale(next)).then(() => {
          store.setItem('locale', next);
          setLocale(next);
        });
      }}
      signIn={async (credentials) => {
        const { returnTo } = await signIn(apiUrl, credentials);
        await onSignedIn(returnTo);
      }}
      demo={demo}
    />
  );
};

/**
 * A signed-out visit: the sign-in form alone, without MUI or react-admin, which are fetched once
 * the form is shown and the browser idles. Signing in renders the console in the same root.
 */
export async function startSignIn(
  container: HTMLElement,
  {
    apiUrl = env.apiUrl,
    demo = env.demo,
    store = createConsoleStore(),
  }: Pick<AppProps, 'apiUrl' | 'demo' | 'store'> = {},
): Promise<Root> {
  store.setup();
  const i18n = createI18nProvider();
  const locale = store.getItem<string>('locale') ?? DEFAULT_LOCALE;
  // English readers see English from the first frame (its messages are a chunk of their own).
  if (locale !== DEFAULT_LOCALE && LOCALES.some((l) => l.locale === locale)) {
    await Promise.resolve(i18n.changeLocale(locale)).catch(() => undefined);
  }
  const root = createRoot(container);
  const onSignedIn = async (returnTo: string | null) => {
    const { renderConsole } = await loadConsole();
    openingRoute(returnTo);
    store.teardown();
    renderConsole(root, { apiUrl, demo, store });
  };
  root.render(
    <StrictMode>
      <SignInShell i18n={i18n} store={store} apiUrl={apiUrl} demo={demo} onSignedIn={onSignedIn} />
    </StrictMode>,
  );
  preloadWhenIdle({ preload: loadConsole });
  return root;
}
