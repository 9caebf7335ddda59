/** The queue's path and, from an address's hash (`#/orders?filter=…`), its path and query. */
export const QUEUE_PATH = '/orders';

export function hashRoute(hash: string): { path: string; search: string | undefined } {
  const [path = '/', search] = (hash.replace(/^#/, '') || '/').split('?');
  return { path, search };
}

/** Whether the address opens the queue (the console's own first page for a stored session). */
export const opensOnQueue = (hash: string): boolean => hashRoute(hash).path === QUEUE_PATH;
