import type { CheckResult, CheckStatus } from '../types';

/** How the console and the queue count check results: failures first, then warnings, then passes. */

export const STATUS_ORDER: readonly CheckStatus[] = ['fail', 'warn', 'pass'];

export function failingChecks(checks: readonly CheckResult[]): CheckResult[] {
  return checks.filter((check) => check.status === 'fail');
}

export function hasFailingChecks(checks: readonly CheckResult[]): boolean {
  return checks.some((check) => check.status === 'fail');
}

/** The results grouped by status, failures first; each group keeps the engine's order. */
export function groupChecks(checks: readonly CheckResult[]): [CheckStatus, CheckResult[]][] {
  return STATUS_ORDER.map(
    (status) => [status, checks.filter((c) => c.status === status)] as [CheckStatus, CheckResult[]],
  ).filter(([, list]) => list.length > 0);
}
