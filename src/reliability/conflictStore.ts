import { useSyncExternalStore } from 'react';
import type { ConflictExplanation } from './conflict';

/**
 * The last conflict explained per order, shown on the order page until the reviewer dismisses it
 * (a toast would vanish before it is read). A module store: the refusal happens in a dialog or a
 * form, the explanation shows above the order.
 */
const byOrder = new Map<string, ConflictExplanation>();
const listeners = new Set<() => void>();

export function reportConflict(orderId: string, explanation: ConflictExplanation): void {
  byOrder.set(orderId, explanation);
  listeners.forEach((listener) => listener());
}

export function dismissConflict(orderId: string): void {
  if (!byOrder.delete(orderId)) return;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useConflict(orderId: string): ConflictExplanation | null {
  return useSyncExternalStore(
    subscribe,
    () => byOrder.get(orderId) ?? null,
    () => null,
  );
}
