import { useRef, useState, type CSSProperties, type FormEvent } from 'react';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { readSignedOut } from '../reliability/sessionReturn';
import { DARK_PALETTE, FOCUS_RING, FONT_STACK, LIGHT_PALETTE } from '../theme/theme';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts';
import './signInForm.css';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface SignInFormProps {
  translate: Translate;
  locale: string;
  locales: readonly { locale: string; name: string }[];
  onLocaleChange: (locale: string) => void;
  /** Signs in; rejects with an Error whose message is a translation key. */
  signIn: (credentials: { username: string; password: string }) => Promise<unknown>;
  /** Offer the demo accounts (the embedded mock backend is running). */
  demo: boolean;
  mode?: 'light' | 'dark';
}

const TRANSLATE_ICON =
  'm12.87 15.07-2.54-2.51.03-.03c1.74-1.94 2.98-4.17 3.71-6.53H17V4h-7V2H8v2H1v1.99h11.17C11.5 7.92 10.44 9.75 9 11.35 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11zM18.5 10h-2L12 22h2l1.12-3h4.75L21 22h2zm-2.62 7 1.62-4.33L19.12 17z';
const PERSON_ICON =
  'M12 5.9c1.16 0 2.1.94 2.1 2.1s-.94 2.1-2.1 2.1S9.9 9.16 9.9 8s.94-2.1 2.1-2.1m0 9c2.97 0 6.1 1.46 6.1 2.1v1.1H5.9V17c0-.64 3.13-2.1 6.1-2.1M12 4C9.79 4 8 5.79 8 8s1.79 4 4 4 4-1.79 4-4-1.79-4-4-4m0 9c-2.67 0-8 1.34-8 4v3h16v-3c0-2.66-5.33-4-8-4';

/** The console's own colours and font (theme/theme.ts), as the stylesheet's variables. */
function themeVariables(mode: 'light' | 'dark'): CSSProperties {
  const palette = mode === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
  return {
    fontFamily: FONT_STACK,
    '--signin-bg': palette.background.default,
    '--signin-paper': palette.background.paper,
    '--signin-text': palette.text.primary,
    '--signin-muted': palette.text.secondary,
    '--signin-divider': palette.divider,
    '--signin-primary': palette.primary.main,
    '--signin-primary-dark': palette.primary.dark,
    '--signin-on-primary': palette.primary.contrastText,
    '--signin-error': palette.error.main,
    '--signin-focus': FOCUS_RING[mode],
  } as CSSProperties;
}

const Icon = ({ path }: { path: string }) => (
  <svg className="signin-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={path} />
  </svg>
);

/**
 * The sign-in page. Plain React and one stylesheet, no MUI and no react-admin: a signed-out first
 * visit shows it before the console's own code has loaded (login/startSignIn.tsx), and the console
 * shows the same form after a sign-out (LoginPage.tsx).
 */
export const SignInForm = ({
  translate,
  locale,
  locales,
  onLocaleChange,
  signIn,
  demo,
  mode = 'light',
}: SignInFormProps) => {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [signedOut] = useState(readSignedOut);
  const usernameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);

  useDocumentLanguage(locale);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('app.login.required');
      (username.trim() ? passwordField : usernameField).current?.focus();
      return;
    }
    setError(null);
    setSubmitting(true);
    try {
      await signIn({ username: username.trim(), password });
    } catch (caught) {
      const message = (caught as Error | undefined)?.message;
      setError(message || 'app.login.failed');
      setSubmitting(false);
    }
  };

  return (
    <main className="signin" data-mode={mode} style={themeVariables(mode)}>
      <div className="signin-language">
        <Icon path={TRANSLATE_ICON} />
        <select
          aria-label={translate('app.appbar.language')}
          value={locale}
          onChange={(event) => onLocaleChange(event.target.value)}
        >
          {locales.map((l) => (
            <option key={l.locale} value={l.locale} lang={l.locale}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <section className="signin-card" aria-labelledby="signin-title">
        <h1 id="signin-title">{translate('app.login.title')}</h1>
        <p className="signin-subtitle">{translate('app.login.subtitle')}</p>
        {signedOut && (
          <p className="signin-alert signin-alert-warning" role="status">
            {translate(
              signedOut.reason === 'SESSION_EXPIRED'
                ? 'app.reliability.session_expired'
                : 'app.reliability.signed_out',
            )}
            {signedOut.returnTo && (
              <>
                <br />
                {translate('app.reliability.return_after_login', { route: signedOut.returnTo })}
              </>
            )}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <label className="signin-field">
            <span>{translate('app.login.username')}</span>
            <input
              ref={usernameField}
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              aria-invalid={error === 'app.login.required' && !username.trim() ? true : undefined}
            />
          </label>
          <label className="signin-field">
            <span>{translate('app.login.password')}</span>
            <input
              ref={passwordField}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error === 'app.login.required' && !password ? true : undefined}
            />
          </label>
          {error && (
            <p className="signin-alert signin-alert-error" role="alert">
              {translate(error, { _: error })}
            </p>
          )}
          <button type="submit" className="signin-submit" disabled={submitting}>
            {translate(submitting ? 'app.login.submitting' : 'app.login.submit')}
          </button>
        </form>
        {demo && (
          <section className="signin-demo" aria-labelledby="demo-accounts-title">
            <h2 id="demo-accounts-title">{translate('app.login.demo_accounts')}</h2>
            <p>{translate('app.login.demo_hint', { password: DEMO_PASSWORD })}</p>
            <ul>
              {DEMO_ACCOUNTS.map((account) => (
                <li key={account.username}>
                  <button
                    type="button"
                    onClick={() => {
                      setUsername(account.username);
                      setPassword(DEMO_PASSWORD);
                      setError(null);
                    }}
                    aria-label={translate('app.login.demo_fill', {
                      username: account.username,
                      role: translate(`app.roles.${account.role}`),
                    })}
                  >
                    <Icon path={PERSON_ICON} />
                    <span>
                      <span className="signin-demo-name">{account.username}</span>
                      <span className="signin-demo-role">
                        {translate(`app.roles.${account.role}`)}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </main>
  );
};
