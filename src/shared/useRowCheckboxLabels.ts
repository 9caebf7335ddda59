import { useEffect, type RefObject } from 'react';

/**
 * react-admin's DataTable puts a row checkbox's label ("select this row") on the checkbox's outer
 * span instead of the input, so screen readers announce an unnamed checkbox (axe: `label`,
 * `aria-prohibited-attr`). This moves the label onto the input, inside the given container.
 */
export function useRowCheckboxLabels(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () => {
      for (const span of root.querySelectorAll('span.RaDataTable-checkbox[aria-label]')) {
        const input = span.querySelector('input');
        const label = span.getAttribute('aria-label');
        if (!input || !label) continue;
        input.setAttribute('aria-label', label);
        span.removeAttribute('aria-label');
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, [ref]);
}
