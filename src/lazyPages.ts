import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * Pages that are not needed to sign in or to work the queue load on first use, each in its own
 * chunk, and are fetched ahead while the browser is idle once the queue has its data. The pattern
 * for a new page or resource view (App.tsx, a resource's index.ts):
 *
 *   const LookupPage = lazyPage(() => import('./lookup/LookupPage'), (m) => m.LookupPage);
 *
 * react-admin's layout shows its loading indicator (a Suspense boundary) while a chunk loads.
 */

const loaders: (() => Promise<unknown>)[] = [];

export function lazyPage<M, P extends object = object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  options: { prefetchFirst?: boolean } = {},
): ComponentType<P> & { preload: () => Promise<unknown> } {
  let pending: Promise<M> | null = null;
  // The page's component once its chunk has loaded.
  let loaded: ComponentType<P> | null = null;
  const once = () => {
    pending ??= load().then(
      (module) => {
        loaded = pick(module);
        return module;
      },
      (error: unknown) => {
        // A failed fetch (e.g. offline for a moment) may be retried on the next visit.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  // The page most likely next (the order page, from the queue) is fetched before the others.
  if (options.prefetchFirst) loaders.unshift(once);
  else loaders.push(once);
  const Lazy = lazy(() => once().then((module) => ({ default: pick(module) })));
  /**
   * A page whose chunk is in renders in the same pass as the layout around it. React's `lazy`
   * suspends on its first render even then (it learns of the module through a promise), which
   * costs a commit of the loading indicator and a second render of the page: the queue, whose
   * chunk is fetched alongside the console's, showed its rows a render later than the layout. An
   * instance keeps the way it started, so that a page shown through `lazy` is never remounted.
   */
  function Page(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(Page, { preload: once });
}

type IdleCallback = (deadline: { timeRemaining(): number }) => void;
/** Runs `callback` once the browser is idle (or in 200 ms where it cannot say). */
export const whenIdle = (callback: IdleCallback): void => {
  const w = globalThis as { requestIdleCallback?: (cb: IdleCallback) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(callback);
  else setTimeout(() => callback({ timeRemaining: () => 10 }), 200);
};

/** Fetches one page's chunk once the browser is idle (the queue, while the sign-in form waits). */
export function preloadWhenIdle(page: { preload: () => Promise<unknown> }): void {
  whenIdle(() => void page.preload().catch(() => undefined));
}

let prefetching = false;

/** Fetches every lazy page's chunk, one per idle period, so that the first visit finds it ready. */
export function prefetchPagesWhenIdle(): void {
  if (prefetching) return;
  prefetching = true;
  const queue = [...loaders];
  const next = () => {
    const load = queue.shift();
    if (!load) return;
    whenIdle(() => {
      void load()
        .catch(() => undefined)
        .finally(next);
    });
  };
  next();
}

/** Loads every lazy page now (tests: the cost of loading modules stays out of each test's time). */
export async function loadAllPages(): Promise<void> {
  await Promise.all(loaders.map((load) => load()));
}
