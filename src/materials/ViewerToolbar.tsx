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
import { Divider, IconButton, Stack, Tooltip, Typography, type SvgIconProps } from '@mui/material';
import { memo, useMemo, type ComponentType } from 'react';
import { useTranslate } from 'react-admin';
import { useLatest } from '../shared/useLatest';
import type { ViewTransform } from './useViewTransform';

/**
 * One button with its tooltip. Memoised, with a stable handler and icon: stepping to the next
 * material re-renders the toolbar's position and zoom, not its nine tooltips.
 */
const Tool = memo(function Tool({
  label,
  onClick,
  pressed,
  icon: Icon,
}: {
  label: string;
  onClick: () => void;
  pressed?: boolean;
  icon: ComponentType<SvgIconProps>;
}) {
  return (
    <Tooltip title={label}>
      <IconButton
        aria-label={label}
        aria-pressed={pressed}
        onClick={onClick}
        size="small"
        color={pressed ? 'primary' : 'default'}
      >
        <Icon />
      </IconButton>
    </Tooltip>
  );
});

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
  // The buttons act on the latest props through stable handlers.
  const latest = useLatest({ view, onStep, onFullscreen, onCompare, onHelp });
  const act = useMemo(
    () => ({
      previous: () => latest.current.onStep(-1),
      next: () => latest.current.onStep(1),
      zoomOut: () => latest.current.view.zoomBy(1 / 1.25),
      zoomIn: () => latest.current.view.zoomBy(1.25),
      rotate: () => latest.current.view.rotate(),
      fitWidth: () => latest.current.view.fitTo('width'),
      fitHeight: () => latest.current.view.fitTo('height'),
      fullscreen: () => latest.current.onFullscreen(),
      compare: () => latest.current.onCompare(),
      help: () => latest.current.onHelp(),
    }),
    [latest],
  );
  return (
    <Stack direction="row" alignItems="center" spacing={0.5} useFlexGap flexWrap="wrap">
      <Tool label={t('previous')} onClick={act.previous} icon={ChevronLeftIcon} />
      <Typography variant="body2" sx={{ minWidth: 64, textAlign: 'center' }}>
        {position}
      </Typography>
      <Tool label={t('next')} onClick={act.next} icon={ChevronRightIcon} />
      <Divider orientation="vertical" flexItem />
      <Tool label={t('zoom_out')} onClick={act.zoomOut} icon={ZoomOutIcon} />
      <Typography variant="body2" aria-live="polite" sx={{ minWidth: 48, textAlign: 'center' }}>
        {`${Math.round(view.zoom * 100)}%`}
      </Typography>
      <Tool label={t('zoom_in')} onClick={act.zoomIn} icon={ZoomInIcon} />
      <Tool label={t('rotate')} onClick={act.rotate} icon={RotateRightIcon} />
      {view.rotation !== 0 && (
        <Typography variant="caption" color="text.secondary">
          {t('rotation', { degrees: view.rotation })}
        </Typography>
      )}
      <Tool
        label={t('fit_width')}
        pressed={view.fit === 'width'}
        onClick={act.fitWidth}
        icon={WidthIcon}
      />
      <Tool
        label={t('fit_height')}
        pressed={view.fit === 'height'}
        onClick={act.fitHeight}
        icon={HeightIcon}
      />
      <Tool label={t('fullscreen')} onClick={act.fullscreen} icon={FullscreenIcon} />
      <Divider orientation="vertical" flexItem />
      <Tool label={t('compare')} pressed={compare} onClick={act.compare} icon={CompareIcon} />
      <Tool label={t('help')} onClick={act.help} icon={KeyboardIcon} />
    </Stack>
  );
};
