/**
 * The heartbeat of a claim (contracts: leases): every `intervalMs` while the holder has the order
 * open, renew the lease, but only if the holder did something in the last `idleLimitMs`; someone who
 * walked away lets the claim lapse and the order return to the queue. A refusal (409/403: the lease
 * lapsed or somebody else holds the order now) stops the heartbeat and is reported once.
 */
export interface LeaseKeeperOptions {
  intervalMs: number;
  idleLimitMs: number;
  renew: () => Promise<unknown>;
  /** The renewal was refused: the claim is gone. */
  onLost: (error: unknown) => void;
  lastActivityAt: () => number;
  now?: () => number;
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/** Refusals that end the heartbeat; anything else (network, 5xx) is tried again next beat. */
export function isLeaseLost(error: unknown): boolean {
  return statusOf(error) === 403 || statusOf(error) === 409;
}

export function startLeaseKeeper(options: LeaseKeeperOptions): () => void {
  const now = options.now ?? Date.now;
  let stopped = false;
  const beat = async () => {
    if (stopped || now() - options.lastActivityAt() > options.idleLimitMs) return;
    try {
      await options.renew();
    } catch (error) {
      if (stopped) return;
      if (isLeaseLost(error)) {
        stopped = true;
        clearInterval(timer);
        options.onLost(error);
      } else if (statusOf(error) === 404) {
        // A server without the heartbeat endpoint (claims that never lapse): nothing to keep alive.
        stopped = true;
        clearInterval(timer);
      }
    }
  };
  const timer = setInterval(() => void beat(), options.intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
