/**
 * Finds the order-page element a check points at: the field itself (`data-field` set by FieldGrid),
 * else the first field inside it (`cloudResource` → its region), else the nearest enclosing one
 * (`websites[0].domains[1]` → `websites[0].domains`). Null when the page shows nothing of it.
 */
export function findFieldElement(path: string, root: ParentNode = document): HTMLElement | null {
  const elements = [...root.querySelectorAll<HTMLElement>('[data-field]')];
  const byPath = (wanted: string) => elements.find((el) => el.dataset.field === wanted);
  const exact = byPath(path);
  if (exact) return exact;
  const inside = elements.find((el) => {
    const field = el.dataset.field ?? '';
    return field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
  });
  if (inside) return inside;
  let parent = path;
  while (/[.[]/.test(parent)) {
    parent = parent.replace(/(\.[^.[]+|\[\d+\])$/, '');
    const found = byPath(parent);
    if (found) return found;
  }
  return null;
}

const HIGHLIGHT_MS = 2500;

/** Scrolls the field into view, moves focus there for keyboard users, and marks it for a moment. */
export function showField(path: string): boolean {
  const element = findFieldElement(path);
  if (!element) return false;
  // Only the window scrolls: scrollIntoView would also nudge the layout's clipped containers
  // (the app bar slid down a few pixels in Chromium).
  const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3;
  window.scrollTo?.({ top: Math.max(0, top), behavior: 'smooth' });
  element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.setAttribute('data-check-highlight', 'true');
  window.setTimeout(() => element.removeAttribute('data-check-highlight'), HIGHLIGHT_MS);
  return true;
}
