import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { ReviewDataProvider } from '../providers/dataProvider';

export interface BlobState {
  url: string | null;
  failed: boolean;
}

const LOADING: BlobState = { url: null, failed: false };

/**
 * The full-size scans of the open materials as object URLs (the file needs the Bearer token, and an
 * uploaded SVG must only ever be shown through `<img>`). The wanted ones load first, then their
 * neighbours, so that stepping to the next material finds its image already fetched.
 */
export function useMaterialBlobs(ids: readonly string[], wanted: readonly string[]) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const cache = useRef(new Map<string, BlobState>());
  const started = useRef(new Set<string>());
  const [, setVersion] = useState(0);

  const load = useCallback(
    (id: string) => {
      if (started.current.has(id)) return;
      started.current.add(id);
      dataProvider.getMaterialFile(id, 'full').then(
        (blob) => {
          cache.current.set(id, { url: URL.createObjectURL(blob), failed: false });
          setVersion((v) => v + 1);
        },
        () => {
          started.current.delete(id);
          cache.current.set(id, { url: null, failed: true });
          setVersion((v) => v + 1);
        },
      );
    },
    [dataProvider],
  );

  const key = wanted.join('|');
  const all = ids.join('|');
  useEffect(() => {
    const list = all.split('|');
    const first = key.split('|').filter(Boolean);
    first.forEach(load);
    // Neighbours one and two steps away, in both directions.
    for (const id of first) {
      const at = list.indexOf(id);
      for (const step of [1, -1, 2, -2]) {
        const next = list[(at + step + list.length) % list.length];
        if (next) load(next);
      }
    }
  }, [key, all, load]);

  useEffect(() => {
    const urls = cache.current;
    return () => {
      for (const state of urls.values()) if (state.url) URL.revokeObjectURL(state.url);
    };
  }, []);

  return (id: string): BlobState => cache.current.get(id) ?? LOADING;
}
