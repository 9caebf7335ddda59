import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { ReviewDataProvider } from '../../providers/dataProvider';
import { imageTurn } from './imagesInTurn';
import { takeFileFetchedAhead } from './orderPrefetch';

interface ImageState {
  materialId: string;
  url: string | null;
  failed: boolean;
}

/**
 * A material's image as an object URL. The file needs the Bearer token, so it is fetched as a blob
 * and shown through `<img>` only (never inlined: an uploaded SVG must not run in the console).
 */
export function useMaterialImage(materialId: string): { url: string | null; failed: boolean } {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const [state, setState] = useState<ImageState | null>(null);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    const ahead = takeFileFetchedAhead(materialId);
    // A file fetched ahead that did not come is asked for again, as if there had been none.
    const file = ahead
      ? ahead.catch(() => dataProvider.getMaterialFile(materialId))
      : dataProvider.getMaterialFile(materialId);
    file.then(
      (blob) => {
        if (cancelled) return;
        const created = URL.createObjectURL(blob);
        url = created;
        // One at a time, so that the first is on screen before the others are decoded.
        void imageTurn(created).then(() => {
          if (!cancelled) setState({ materialId, url: created, failed: false });
        });
      },
      () => {
        if (!cancelled) setState({ materialId, url: null, failed: true });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [dataProvider, materialId]);

  // A state left from another material is not this one's: show it as loading.
  return state?.materialId === materialId
    ? { url: state.url, failed: state.failed }
    : { url: null, failed: false };
}
