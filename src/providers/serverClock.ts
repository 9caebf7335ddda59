import { useEffect, useState } from 'react';

/**
 * The server's clock, as seen through the `X-Server-Time` header of every API response. Deadlines
 * are judged by the server's time (which the mock backend can move forward), not by the browser's.
 */

let offsetMs = 0;
const listeners = new Set<() => void>();

/** Records the server's time from a response header received just now. */
export function recordServerTime(header: string | null | undefined): void {
  if (!header) return;
  const serverMs = Date.parse(header);
  if (Number.isNaN(serverMs)) return;
  const next = serverMs - Date.now();
  // Ignore jitter of network latency; only a real move of the server's clock re-renders countdowns.
  if (Math.abs(next - offsetMs) < 1000) return;
  offsetMs = next;
  listeners.forEach((listener) => listener());
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

export function subscribeServerClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget what the last server said. */
export function resetServerClock(): void {
  offsetMs = 0;
}

/** The server's current time, refreshed every `intervalMs` and whenever the server's clock moves. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const tick = () => setNow(serverNow());
    const timer = setInterval(tick, intervalMs);
    const unsubscribe = subscribeServerClock(tick);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [intervalMs]);
  return now;
}
