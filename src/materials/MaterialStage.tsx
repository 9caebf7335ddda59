import { Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { Material } from '../domain/types';
import type { BlobState } from './useMaterialBlobs';
import { fitScale, type ViewTransform } from './useViewTransform';

/**
 * One material's image, fitted into its frame, zoomed by the wheel, panned by dragging and turned
 * by the stored rotation. Only ever an `<img>` of a blob URL: the upload is never inlined.
 */
export const MaterialStage = ({
  material,
  image,
  view,
  label,
}: {
  material: Material;
  image: BlobState;
  view: ViewTransform;
  label: string;
}) => {
  const translate = useTranslate();
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState({ width: 0, height: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const { zoomBy, setPan } = view;

  useEffect(() => {
    const element = frameRef.current;
    if (!element) return;
    const measure = () => setFrame({ width: element.clientWidth, height: element.clientHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A non-passive listener, so the wheel zooms the image instead of scrolling the page.
  useEffect(() => {
    const element = frameRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1.15 : 1 / 1.15);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  const scale = fitScale(frame, material, view.rotation, view.fit) * view.zoom * 0.96;
  const onPointerDown = (event: PointerEvent) => {
    drag.current = { x: event.clientX - view.pan.x, y: event.clientY - view.pan.y };
    (event.target as Element).setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current)
      setPan({ x: event.clientX - drag.current.x, y: event.clientY - drag.current.y });
  };

  return (
    <Box
      ref={frameRef}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      sx={{
        position: 'relative',
        overflow: 'hidden',
        height: '100%',
        minHeight: 240,
        bgcolor: 'grey.800',
        backgroundImage:
          'linear-gradient(45deg,#3a3a3a 25%,transparent 25%),linear-gradient(-45deg,#3a3a3a 25%,transparent 25%)',
        backgroundSize: '24px 24px',
        cursor: 'grab',
        '&:active': { cursor: 'grabbing' },
        touchAction: 'none',
        userSelect: 'none',
      }}
    >
      {image.url ? (
        <img
          src={image.url}
          alt={label}
          data-material-id={material.id}
          draggable={false}
          decoding="async"
          style={{
            position: 'absolute',
            left: '50%',
            top: '50%',
            width: material.width * scale,
            height: material.height * scale,
            maxWidth: 'none',
            transform: `translate(-50%, -50%) translate(${view.pan.x}px, ${view.pan.y}px) rotate(${view.rotation}deg)`,
            boxShadow: '0 4px 24px rgba(0,0,0,0.5)',
            background: '#fff',
          }}
        />
      ) : (
        <Box
          role="status"
          sx={{
            position: 'absolute',
            inset: 0,
            display: 'grid',
            placeItems: 'center',
            color: 'grey.300',
          }}
        >
          {image.failed ? (
            <Typography>{translate('app.materials.failed')}</Typography>
          ) : (
            <CircularProgress color="inherit" aria-label={translate('app.materials.loading')} />
          )}
        </Box>
      )}
    </Box>
  );
};
