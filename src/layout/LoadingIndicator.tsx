import { CircularProgress } from '@mui/material';
import { styled } from '@mui/material/styles';
import { memo, useEffect, useState } from 'react';
import { LoadingIndicatorClasses, RefreshIconButton, useLoading, useTranslate } from 'react-admin';

/** How long a request runs before the app bar shows it: a quicker one would only flash. */
export const LOADING_SHOWN_AFTER_MS = 300;

/**
 * react-admin's loading indicator (the refresh button, with a spinner over it while data loads),
 * shown only for a request that takes longer than `LOADING_SHOWN_AFTER_MS`. react-admin's shows
 * the spinner for every request: most answer within a few tens of milliseconds, so it flashed at
 * each filter change and each order opened, and mounting it (its styles inserted the first time)
 * and re-rendering the refresh button with its tooltip ran on the main thread just as the answer
 * was to be shown.
 */
export const LoadingIndicator = () => {
  const loading = useLoading();
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!loading) return undefined;
    const timer = setTimeout(() => setLate(true), LOADING_SHOWN_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [loading]);
  return <Indicator spinning={loading && late} />;
};

const Indicator = memo(function Indicator({ spinning }: { spinning: boolean }) {
  const translate = useTranslate();
  return (
    <Root>
      <RefreshIconButton
        className={`${LoadingIndicatorClasses.loadedIcon} ${spinning ? LoadingIndicatorClasses.loadedLoading : ''}`}
      />
      {spinning && (
        <CircularProgress
          className={`app-loader ${LoadingIndicatorClasses.loader}`}
          color="inherit"
          size={16}
          thickness={6}
          aria-label={translate('ra.page.loading')}
        />
      )}
    </Root>
  );
});

/** react-admin's frame for it (its class names, so that the theme's overrides apply). */
const Root = styled('div', {
  name: 'RaLoadingIndicator',
  overridesResolver: (_props, styles) => styles.root,
})({
  position: 'relative',
  [`& .${LoadingIndicatorClasses.loadedIcon}.${LoadingIndicatorClasses.loadedLoading}`]: {
    opacity: 0,
  },
  [`& .${LoadingIndicatorClasses.loader}`]: { position: 'absolute', top: '30%', left: '30%' },
});
