import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { persistChanges, restoreState } from './storage';

/**
 * The mock API in the browser demo, through a service worker. The demo keeps its data across a
 * reload: the state is restored from localStorage before the first request is answered.
 */
export async function startWorker(): Promise<void> {
  restoreState(window.localStorage);
  persistChanges(window.localStorage);
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
}
