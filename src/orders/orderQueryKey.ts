/**
 * The key react-admin's `useGetOne` keeps an order under (the order page's `<Show>` reads it):
 * the id as a string, no meta. Whoever fetches or receives the whole order puts it here.
 */
export const orderQueryKey = (id: string) =>
  ['orders', 'getOne', { id: String(id), meta: undefined }] as const;
