import PersonOutlineIcon from '@mui/icons-material/PersonOutline';
import { Box, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts';

/** One click fills the sign-in form with a demo account. */
export const DemoAccounts = ({
  onPick,
}: {
  onPick: (username: string, password: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="demo-accounts-title" sx={{ mt: 3 }}>
      <Typography id="demo-accounts-title" variant="subtitle2" component="h2">
        {translate('app.login.demo_accounts')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('app.login.demo_hint', { password: DEMO_PASSWORD })}
      </Typography>
      <List dense disablePadding sx={{ mt: 1 }}>
        {DEMO_ACCOUNTS.map(({ username, role }) => (
          <ListItemButton
            key={username}
            onClick={() => onPick(username, DEMO_PASSWORD)}
            aria-label={translate('app.login.demo_fill', {
              username,
              role: translate(`app.roles.${role}`),
            })}
            sx={{ borderRadius: 1 }}
          >
            <ListItemIcon>
              <PersonOutlineIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={username} secondary={translate(`app.roles.${role}`)} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
};
