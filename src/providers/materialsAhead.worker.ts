import {
  fetchMaterialsAhead,
  type MaterialsAheadMessage,
  type MaterialsAheadRequest,
} from './materialsAhead';

/** The parts of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<MaterialsAheadRequest>) => void) | null;
  postMessage(message: MaterialsAheadMessage): void;
}

// See materialsAhead.ts: the order page's materials, fetched on a thread of their own.
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void fetchMaterialsAhead(event.data, fetch, (message) => scope.postMessage(message));
};
