import { Alert } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { readSignedOut } from './sessionReturn';

/** On the sign-in form after a 401: why the user is here, and that they will return to their page. */
export const SignedOutNotice = () => {
  const translate = useTranslate();
  const [signedOut] = useState(readSignedOut);
  if (!signedOut) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
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
    </Alert>
  );
};
