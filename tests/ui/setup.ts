import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../../mocks/node';
import '../../src/App';
import { loadAllPages } from '../../src/lazyPages';
import { resetServerClock } from '../../src/providers/serverClock';
import { resetMock } from './helpers';

// jsdom renders react-admin slowly, the first test of a file above all.
configure({ asyncUtilTimeout: 8000 });

// jsdom has no object URLs; material thumbnails only need a string to put in <img src>.
if (typeof URL.createObjectURL !== 'function') {
  URL.createObjectURL = () => 'blob:http://localhost/material';
  URL.revokeObjectURL = () => undefined;
}

// jsdom does not scroll; react-admin scrolls to the top on navigation.
window.scrollTo = () => undefined;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Pages the app loads on first use (lazyPages.ts): loaded up front, as a static import was.
  await loadAllPages();
}, 120_000);

beforeEach(async () => {
  localStorage.clear();
  window.history.replaceState({}, '', '/');
  document.documentElement.lang = 'zh-CN';
  resetServerClock();
  await resetMock();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => {
  server.close();
});
