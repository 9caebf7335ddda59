import { Box, Divider, Typography } from '@mui/material';
import { Logout, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { useAppConfig } from '../config/AppConfigContext';
import { ResetDemoMenuItem } from './ResetDemoMenuItem';

/** Who is signed in (name and role), the demo reset, and sign-out. */
export const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { demo } = useAppConfig();
  const role = typeof identity?.role === 'string' ? identity.role : null;

  return (
    <UserMenu>
      <Box sx={{ px: 2, py: 1, minWidth: 200 }}>
        <Typography variant="subtitle2">{identity?.fullName}</Typography>
        {role && (
          <Typography variant="body2" color="text.secondary">
            {translate(`app.roles.${role}`)}
            {typeof identity?.username === 'string' ? ` · ${identity.username}` : null}
          </Typography>
        )}
      </Box>
      <Divider />
      {demo && <ResetDemoMenuItem />}
      <Logout />
    </UserMenu>
  );
};
