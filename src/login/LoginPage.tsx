import { useTheme as useMuiTheme } from '@mui/material/styles';
import { useLocaleState, useLocales, useLogin, useTranslate } from 'react-admin';
import { useAppConfig } from '../config/AppConfigContext';
import { SignInForm } from './SignInForm';

/** The sign-in page inside the console (after a sign-out or an ended session). */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const { demo } = useAppConfig();
  const mode = useMuiTheme().palette.mode;
  return (
    <SignInForm
      translate={translate}
      locale={locale}
      locales={locales}
      onLocaleChange={setLocale}
      signIn={login}
      demo={demo}
      mode={mode}
    />
  );
};
