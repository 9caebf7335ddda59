import type { GetListResult } from 'react-admin';
import type { Material } from '../domain/types';
import type { MaterialsAheadMessage, MaterialsAheadRequest } from './materialsAhead';

/** One order's materials fetched ahead on the worker (see materialsAhead.ts). */
export interface MaterialsAhead {
  /** The list, as the data provider's getList answers it; rejected when the worker could not get it. */
  list: Promise<GetListResult<Material>>;
  /** Once the list is in: the file of each current material, by id (each may reject). */
  files: Promise<ReadonlyMap<string, Promise<Blob>>>;
}

interface Pending {
  message(message: MaterialsAheadMessage): void;
  fail(): void;
}

// undefined: not started yet; null: no worker here (jsdom, an old browser) or it failed.
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function theWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== 'function') return null;
  try {
    const started = new Worker(new URL('./materialsAhead.worker.ts', import.meta.url), {
      type: 'module',
      name: 'materials-ahead',
    });
    started.onmessage = (event: MessageEvent<MaterialsAheadMessage>) =>
      pending.get(event.data.id)?.message(event.data);
    // A worker that cannot start (or dies) hands back what it held; the page fetches it itself.
    started.onerror = () => {
      worker = null;
      started.terminate();
      for (const request of pending.values()) request.fail();
      pending.clear();
    };
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the worker ahead of the first order opened (its script loads and compiles meanwhile). */
export function warmMaterialsAhead(): void {
  theWorker();
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may take it (a thumbnail not shown, a page left): that is not an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Asks the worker for an order's materials; null where there is no worker. */
export function requestMaterialsAhead(
  request: Omit<MaterialsAheadRequest, 'id'>,
): MaterialsAhead | null {
  const started = theWorker();
  if (!started) return null;
  const id = nextId++;
  const list = deferred<GetListResult<Material>>();
  const files = deferred<ReadonlyMap<string, Promise<Blob>>>();
  const waiting = new Map<string, ReturnType<typeof deferred<Blob>>>();
  const failed = () => new Error('materials not fetched ahead');
  pending.set(id, {
    message(message) {
      if (message.kind === 'list') {
        for (const materialId of message.fetching) waiting.set(materialId, deferred<Blob>());
        files.resolve(
          new Map([...waiting].map(([materialId, file]) => [materialId, file.promise])),
        );
        if (message.result) list.resolve(message.result);
        else list.reject(failed());
      } else {
        const file = waiting.get(message.materialId);
        waiting.delete(message.materialId);
        if (message.blob) file?.resolve(message.blob);
        else file?.reject(failed());
      }
      if (waiting.size === 0) pending.delete(id);
    },
    fail() {
      list.reject(failed());
      files.resolve(new Map());
      for (const file of waiting.values()) file.reject(failed());
    },
  });
  started.postMessage({ ...request, id } satisfies MaterialsAheadRequest);
  return { list: list.promise, files: files.promise };
}
