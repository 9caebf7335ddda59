import { Activity, memo, Suspense, useState, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import orders from '.';

// Once per page load: what it warms up stays warm.
let previewed = false;

/** Whether the preview is still to be rendered in this page load; asks once. */
export function takeOrderPagePreview(): boolean {
  const first = !previewed;
  previewed = true;
  return first;
}

const OrderPage = orders.show as ComponentType<{ id: string; untitled: boolean }>;

/**
 * The order page, rendered once while the queue idles, hidden and off the document, so that the
 * first order the reviewer opens renders as fast as every later one.
 *
 * The first order page of a page load took 200–250 ms to render on these machines and the next
 * ones about 70: the difference was work done once, mostly the page's component styles (MUI's
 * styled components, serialized by emotion and inserted into its style sheet the first time they
 * render) and the first runs of the page's code. A hidden `Activity` renders its content at the
 * lowest priority, in slices that give way to anything else, and mounts none of its effects: no
 * request is made, no shortcut registered, no title set. Its elements go into an element that is
 * never attached to the document, so nothing is laid out, announced or found twice. It shows the
 * first order of the queue, from the queue's row (already fetched); the page itself is unmounted
 * with the queue. Memoized: the queue re-renders with every filter change, and the hidden page
 * need not follow.
 */
export const OrderPagePreview = memo(function OrderPagePreview({ id }: { id: string }) {
  const [host] = useState(() => document.createElement('div'));
  return createPortal(
    <Activity mode="hidden">
      <Suspense fallback={null}>
        <OrderPage id={id} untitled />
      </Suspense>
    </Activity>,
    host,
  );
});
