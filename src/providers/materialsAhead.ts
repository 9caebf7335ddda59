import { currentSubmissionMaterials } from '../domain/resubmission';
import type { Material } from '../domain/types';

/**
 * Fetching an order's materials and their thumbnails ahead, off the page's main thread.
 *
 * Opening an order renders the order page (a couple of hundred milliseconds of script on these
 * machines), and an answer that comes in meanwhile waits for that render to end before its
 * callback runs: the list of materials was in after about 80 ms, but the thumbnails it names were
 * only asked for after about 300. A worker has a thread of its own: it reads the list as it comes
 * in, asks for the files at once, and hands them over (a Blob crosses threads without a copy).
 *
 * This module is the worker's whole job, written against `fetch` and a `post` callback so that it
 * runs (and is tested) without a worker.
 */

/** What the page asks the worker for: one order's materials, as the data provider would fetch them. */
export interface MaterialsAheadRequest {
  id: number;
  /** The list's address (the data provider's getList for `materials` of one order). */
  listUrl: string;
  /** Its headers (token, range). */
  listHeaders: Record<string, string>;
  /** A file's address with `{id}` where the material's id goes. */
  fileUrl: string;
  /** The token for the files. */
  fileHeaders: Record<string, string>;
  /** The order's revision: only the current submission's files are fetched. */
  revision: number;
}

/** What the worker answers, in this order: the list, then each file as it comes in. */
export type MaterialsAheadMessage =
  | {
      id: number;
      kind: 'list';
      /** The list as getList returns it; absent when the request failed (the page asks again). */
      result?: { data: Material[]; total: number };
      /** The materials whose files follow, one `file` message each. */
      fetching: string[];
    }
  | { id: number; kind: 'file'; materialId: string; blob?: Blob };

/** The total of a `Content-Range: materials 0-6/7` header (as ra-data-simple-rest reads it). */
function totalOf(contentRange: string | null): number | null {
  const total = Number.parseInt(contentRange?.split('/').pop() ?? '', 10);
  return Number.isFinite(total) ? total : null;
}

export async function fetchMaterialsAhead(
  request: MaterialsAheadRequest,
  fetchFn: typeof fetch,
  post: (message: MaterialsAheadMessage) => void,
): Promise<void> {
  const { id } = request;
  let result: { data: Material[]; total: number } | undefined;
  try {
    const response = await fetchFn(request.listUrl, { headers: request.listHeaders });
    const total = totalOf(response.headers.get('Content-Range'));
    const data: unknown = response.ok ? await response.json() : null;
    if (Array.isArray(data) && total !== null) result = { data: data as Material[], total };
  } catch {
    // Left to the page, which asks again.
  }
  const fetching = result
    ? currentSubmissionMaterials(result.data, request.revision).map((m) => m.id)
    : [];
  post({ id, kind: 'list', result, fetching });
  await Promise.all(
    fetching.map(async (materialId) => {
      let blob: Blob | undefined;
      try {
        const response = await fetchFn(
          request.fileUrl.replace('{id}', encodeURIComponent(materialId)),
          { headers: request.fileHeaders },
        );
        if (response.ok) blob = await response.blob();
      } catch {
        // As above: the thumbnail asks again.
      }
      post({ id, kind: 'file', materialId, blob });
    }),
  );
}
