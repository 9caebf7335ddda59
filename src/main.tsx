import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { env } from './config/env';

// Read at build time, not through `env`, so that a production build (no VITE_DEMO) drops the mock
// backend and its seed from the bundle altogether instead of shipping them unused.
const DEMO_CAPABLE_BUILD = import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true';

async function start() {
  if (DEMO_CAPABLE_BUILD && env.demo) {
    // The embedded mock backend must intercept requests before the first one is made.
    const { startDemo } = await import('./demo/startDemo');
    await startDemo();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
