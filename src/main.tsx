import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { env } from './config/env';

async function start() {
  if (env.demo) {
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
