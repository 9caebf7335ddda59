import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import CompareIcon from '@mui/icons-material/CompareOutlined';
import FullscreenIcon from '@mui/icons-material/Fullscreen';
import HeightIcon from '@mui/icons-material/Height';
import KeyboardIcon from '@mui/icons-material/KeyboardOutlined';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import WidthIcon from '@mui/icons-material/SwapHoriz';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import { Divider, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { ViewTransform } from './useViewTransform';

const Tool = ({
  label,
  onClick,
  pressed,
  children,
}: {
  label: string;
  onClick: () => void;
  pressed?: boolean;
  children: ReactNode;
}) => (
  <Tooltip title={label}>
    <IconButton
      aria-label={label}
      aria-pressed={pressed}
      onClick={onClick}
      size="small"
      color={pressed ? 'primary' : 'default'}
    >
      {children}
    </IconButton>
  </Tooltip>
);

/** The viewer's buttons: every one of them also has a key (see the help overlay). */
export const ViewerToolbar = ({
  view,
  position,
  onStep,
  onFullscreen,
  compare,
  onCompare,
  onHelp,
}: {
  view: ViewTransform;
  position: string;
  onStep: (step: number) => void;
  onFullscreen: () => void;
  compare: boolean;
  onCompare: () => void;
  onHelp: () => void;
}) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`app.materials.${key}`, args);
  return (
    <Stack direction="row" alignItems="center" spacing={0.5} useFlexGap flexWrap="wrap">
      <Tool label={t('previous')} onClick={() => onStep(-1)}>
        <ChevronLeftIcon />
      </Tool>
      <Typography variant="body2" sx={{ minWidth: 64, textAlign: 'center' }}>
        {position}
      </Typography>
      <Tool label={t('next')} onClick={() => onStep(1)}>
        <ChevronRightIcon />
      </Tool>
      <Divider orientation="vertical" flexItem />
      <Tool label={t('zoom_out')} onClick={() => view.zoomBy(1 / 1.25)}>
        <ZoomOutIcon />
      </Tool>
      <Typography variant="body2" aria-live="polite" sx={{ minWidth: 48, textAlign: 'center' }}>
        {`${Math.round(view.zoom * 100)}%`}
      </Typography>
      <Tool label={t('zoom_in')} onClick={() => view.zoomBy(1.25)}>
        <ZoomInIcon />
      </Tool>
      <Tool label={t('rotate')} onClick={view.rotate}>
        <RotateRightIcon />
      </Tool>
      {view.rotation !== 0 && (
        <Typography variant="caption" color="text.secondary">
          {t('rotation', { degrees: view.rotation })}
        </Typography>
      )}
      <Tool
        label={t('fit_width')}
        pressed={view.fit === 'width'}
        onClick={() => view.fitTo('width')}
      >
        <WidthIcon />
      </Tool>
      <Tool
        label={t('fit_height')}
        pressed={view.fit === 'height'}
        onClick={() => view.fitTo('height')}
      >
        <HeightIcon />
      </Tool>
      <Tool label={t('fullscreen')} onClick={onFullscreen}>
        <FullscreenIcon />
      </Tool>
      <Divider orientation="vertical" flexItem />
      <Tool label={t('compare')} pressed={compare} onClick={onCompare}>
        <CompareIcon />
      </Tool>
      <Tool label={t('help')} onClick={onHelp}>
        <KeyboardIcon />
      </Tool>
    </Stack>
  );
};
