import { toCstIso } from '../src/domain/time';

/**
 * The mock backend's clock: real time plus an offset, optionally frozen. A demo moves it forward to
 * show the one-hour call-back rule without waiting; tests freeze it to hit rule boundaries exactly.
 * Every API answer carries the result as `X-Server-Time`, so the console counts down against it.
 */

export interface ClockState {
  /** Added to the real time while the clock runs. */
  offsetMs: number;
  /** The instant the clock stands at while frozen (epoch ms), else null. */
  frozenAt: number | null;
}

type Listener = () => void;

export class MockClock {
  private offsetMs = 0;
  private frozenAt: number | null = null;
  private readonly listeners = new Set<Listener>();

  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }

  nowIso(): string {
    return toCstIso(this.now());
  }

  get frozen(): boolean {
    return this.frozenAt !== null;
  }

  /** Moves the clock to `instant`; it keeps running from there unless frozen. */
  set(instant: Date): void {
    if (this.frozenAt !== null) this.frozenAt = instant.getTime();
    else this.offsetMs = instant.getTime() - Date.now();
    this.emit();
  }

  advanceMinutes(minutes: number): void {
    const delta = Math.round(minutes * 60_000);
    if (this.frozenAt !== null) this.frozenAt += delta;
    else this.offsetMs += delta;
    this.emit();
  }

  setFrozen(frozen: boolean): void {
    if (frozen && this.frozenAt === null) this.frozenAt = this.now().getTime();
    if (!frozen && this.frozenAt !== null) {
      this.offsetMs = this.frozenAt - Date.now();
      this.frozenAt = null;
    }
    this.emit();
  }

  /** Back to real time, running. */
  resetToRealTime(): void {
    this.offsetMs = 0;
    this.frozenAt = null;
    this.emit();
  }

  state(): ClockState {
    return { offsetMs: this.offsetMs, frozenAt: this.frozenAt };
  }

  restore(state: ClockState): void {
    this.offsetMs = Number.isFinite(state.offsetMs) ? state.offsetMs : 0;
    this.frozenAt =
      state.frozenAt !== null && Number.isFinite(state.frozenAt) ? state.frozenAt : null;
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const clock = new MockClock();
