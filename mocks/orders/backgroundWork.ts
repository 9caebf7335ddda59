/** How long one slice of background work may hold the event loop. */
const SLICE_MS = 8;

/**
 * Work done a slice at a time between requests, like a database building an index after a bulk
 * load: each slice runs for a few milliseconds, then requests get their turn. `step` works until
 * the time it is given and answers whether everything is done; it always reads the current state,
 * so a reset in between simply gives it new work. Never keeps a process (a test run, a script)
 * alive on its own.
 */
export class BackgroundWork {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly step: (until: number) => boolean) {}

  /** Starts the slices, unless they already run. */
  start(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.step(performance.now() + SLICE_MS)) this.start();
    }, 0);
    (this.timer as { unref?: () => void }).unref?.();
  }
}
