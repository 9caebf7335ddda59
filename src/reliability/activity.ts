/**
 * When the user last did something (pointer or keyboard) in this tab: a claim's lease is renewed
 * only for someone still at work, so an order left open on a screen overnight goes back to the queue.
 */
let lastActivityMs = Date.now();
let listening = false;

const mark = () => {
  lastActivityMs = Date.now();
};

export function trackActivity(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const) {
    window.addEventListener(type, mark, { capture: true, passive: true });
  }
}

export function lastActivityAt(): number {
  return lastActivityMs;
}

/** For tests: pretend the user last acted at this instant. */
export function setLastActivityForTest(ms: number): void {
  lastActivityMs = ms;
}
