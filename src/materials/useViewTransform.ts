import { useCallback, useState } from 'react';
import { useStore } from 'react-admin';

export type FitMode = 'page' | 'width' | 'height';

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 8;

/**
 * How one material is looked at: zoom (relative to the fit), pan, fit mode, and the rotation, which
 * is kept in react-admin's store per material so an upside-down scan stays turned when the reviewer
 * comes back to it.
 */
export function useViewTransform(materialId: string) {
  const [rotation, setRotation] = useStore<number>(`materials.rotation.${materialId}`, 0);
  // Zoom and pan belong to the material on screen: another material starts fitted again.
  const [local, setLocal] = useState({ id: materialId, zoom: 1, pan: { x: 0, y: 0 } });
  const [fit, setFit] = useState<FitMode>('page');
  const mine = local.id === materialId ? local : { id: materialId, zoom: 1, pan: { x: 0, y: 0 } };
  const { zoom, pan } = mine;

  const setPan = useCallback(
    (next: { x: number; y: number }) =>
      setLocal((l) => ({ ...(l.id === materialId ? l : { zoom: 1 }), id: materialId, pan: next })),
    [materialId],
  );

  const zoomBy = useCallback(
    (factor: number) =>
      setLocal((l) => {
        const base = l.id === materialId ? l.zoom : 1;
        const pan = l.id === materialId ? l.pan : { x: 0, y: 0 };
        return { id: materialId, pan, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, base * factor)) };
      }),
    [materialId],
  );

  const rotate = useCallback(() => setRotation((r) => ((r ?? 0) + 90) % 360), [setRotation]);

  const fitTo = useCallback(
    (mode: FitMode) => {
      setFit(mode);
      setLocal({ id: materialId, zoom: 1, pan: { x: 0, y: 0 } });
    },
    [materialId],
  );

  const toggleFit = useCallback(() => fitTo(fit === 'width' ? 'height' : 'width'), [fit, fitTo]);

  return { rotation: rotation ?? 0, zoom, pan, fit, setPan, zoomBy, rotate, fitTo, toggleFit };
}

export type ViewTransform = ReturnType<typeof useViewTransform>;

/** The scale that fits a `width`×`height` image, turned by `rotation`, into the frame. */
export function fitScale(
  frame: { width: number; height: number },
  image: { width: number; height: number },
  rotation: number,
  fit: FitMode,
): number {
  const turned = rotation % 180 !== 0;
  const w = turned ? image.height : image.width;
  const h = turned ? image.width : image.height;
  if (frame.width <= 0 || frame.height <= 0) return 1;
  const byWidth = frame.width / w;
  const byHeight = frame.height / h;
  if (fit === 'width') return byWidth;
  if (fit === 'height') return byHeight;
  return Math.min(byWidth, byHeight);
}
