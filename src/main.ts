import { env } from './config/env';
import { opensOnQueue } from './orders/queueRoute';
import { readAuth } from './providers/authStorage';

// Read at build time, not through `env`, so that a production build (no VITE_DEMO) drops the mock
// backend and its seed from the bundle altogether instead of shipping them unused.
const DEMO_CAPABLE_BUILD = import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true';

/**
 * The entry is a few hundred bytes and decides what to load. A stored session loads the console;
 * a signed-out visit loads only the sign-in form (React and one stylesheet) and fetches the
 * console while the user types. Each branch's modules are fetched in parallel (Vite preloads a
 * dynamic import's dependencies), so the decision costs one small request.
 */
async function start() {
  if (DEMO_CAPABLE_BUILD && env.demo) {
    // The embedded mock backend must intercept requests before the first one is made.
    const { startDemo } = await import('./demo/startDemo');
    await startDemo();
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  if (readAuth()) {
    // The queue, where a stored session usually opens, is fetched alongside the console rather
    // than once the console's code has run and routed to it (a second round trip after that work).
    if (opensOnQueue(window.location.hash))
      void import('./orders/OrderList').catch(() => undefined);
    const { startConsole } = await import('./boot/startConsole');
    startConsole(container);
  } else {
    const { startSignIn } = await import('./boot/startSignIn');
    await startSignIn(container);
  }
}

void start();
