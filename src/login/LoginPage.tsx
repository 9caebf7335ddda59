import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { useAppConfig } from '../config/AppConfigContext';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { SignedOutNotice } from '../reliability/SignedOutNotice';
import { DemoAccounts } from './DemoAccounts';

export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const { demo } = useAppConfig();
  useDocumentLanguage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('app.login.required');
      return;
    }
    setError(null);
    setSubmitting(true);
    try {
      await login({ username: username.trim(), password });
    } catch (caught) {
      const message = (caught as Error | undefined)?.message;
      setError(message || 'app.login.failed');
      setSubmitting(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'background.default',
        p: 2,
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <LanguageSwitch />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 380 }}>
        <CardContent sx={{ p: 3 }}>
          <Typography variant="h5" component="h1">
            {translate('app.login.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.login.subtitle')}
          </Typography>
          <SignedOutNotice />
          <Box component="form" onSubmit={submit} noValidate>
            <TextField
              name="username"
              label={translate('app.login.username')}
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
            <TextField
              name="password"
              type="password"
              label={translate('app.login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            {error && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {translate(error, { _: error })}
              </Alert>
            )}
            <Button
              type="submit"
              variant="contained"
              fullWidth
              disabled={submitting}
              sx={{ mt: 2 }}
            >
              {translate(submitting ? 'app.login.submitting' : 'app.login.submit')}
            </Button>
          </Box>
          {demo && (
            <DemoAccounts
              onPick={(name, secret) => {
                setUsername(name);
                setPassword(secret);
                setError(null);
              }}
            />
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
