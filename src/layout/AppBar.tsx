import { Box, Chip, Typography } from '@mui/material';
import { memo, useDeferredValue } from 'react';
import {
  AppBar as RaAppBar,
  type AppBarProps,
  TitlePortal,
  ToggleThemeButton,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { LookupBox } from '../lookup/LookupBox';
import { useLookupShortcut } from '../lookup/useLookupShortcut';
import { LoadingIndicator } from './LoadingIndicator';
import { AppUserMenu } from './AppUserMenu';
import { LanguageSwitch } from './LanguageSwitch';

const RoleBadge = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (typeof identity?.role !== 'string') return null;
  return (
    <Chip
      label={translate(`app.roles.${identity.role}`)}
      variant="outlined"
      sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.4)', mx: 0.5 }}
    />
  );
};

/**
 * Memoised: a change of address (every filter change in the queue) re-renders the layout, and the
 * app bar depends on none of it; its parts that do (the lookup box) follow the router themselves.
 *
 * Its tools (the lookup box, language, theme, loading indicator, role and user menu) render just
 * after the first frame, in a background render that gives way to the page's own: on these machines
 * they were a third of the layout's first render, ahead of the page. The title does not move when
 * they appear (they sit to its right).
 */
export const AppBar = memo(function AppBar(props: AppBarProps) {
  const translate = useTranslate();
  const withTools = useDeferredValue(true, false);
  useLookupShortcut();
  return (
    <RaAppBar
      {...props}
      userMenu={withTools ? <AppUserMenu /> : false}
      toolbar={
        withTools ? (
          <>
            <LanguageSwitch />
            <ToggleThemeButton />
            <LoadingIndicator />
            <RoleBadge />
          </>
        ) : null
      }
    >
      <Typography
        component="span"
        variant="subtitle1"
        noWrap
        sx={{ fontWeight: 700, letterSpacing: '0.02em', mr: 2 }}
      >
        {translate('app.title')}
      </Typography>
      <Box
        component="span"
        aria-hidden
        sx={{ width: '1px', height: 20, bgcolor: 'rgba(255,255,255,0.3)', mr: 2 }}
      />
      <TitlePortal variant="body1" sx={{ opacity: 0.9 }} />
      {withTools && <LookupBox />}
    </RaAppBar>
  );
});
