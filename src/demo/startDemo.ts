import { startWorker } from '../../mocks/browser';

/** Demo mode: the mock API runs in a service worker, so the console works with no backend. */
export async function startDemo(): Promise<void> {
  await startWorker();
}
