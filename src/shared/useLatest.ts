import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest `value` (updated in the commit that renders it): for handlers
 * created once (timers, stable callbacks, memoised buttons) that must act on the current props.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
