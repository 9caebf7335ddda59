import { performance } from 'node:perf_hooks';
import { normalizeMobile } from '../src/domain/identity';
import { runChecks, type CheckContext } from '../src/domain/checks/runChecks';
import type { CallAttempt, Order } from '../src/domain/types';
import { DEFAULT_SEED, generateDataset } from '../mocks/seed/generate';
import { generateMaterials } from '../mocks/seed/materials';

/**
 * How long the automatic checks of one order take, over the whole seed: every order is built with
 * its materials and calls first, then only `runChecks` is timed, as the mock runs it. Printed, not
 * asserted: `npm run bench:checks`.
 */

const ANCHOR = '2026-11-27T10:00:00.000+08:00';
const ROUNDS = 5;

function prepare(count: number): { order: Order; context: CheckContext }[] {
  const data = generateDataset({ seed: DEFAULT_SEED, orders: count, anchor: ANCHOR });
  const orders = data.plans.map((_, i) => data.buildOrder(i));
  const calls = new Map<string, CallAttempt[]>();
  for (const call of data.buildCalls()) {
    const list = calls.get(call.orderId) ?? [];
    list.push(call);
    calls.set(call.orderId, list);
  }
  const phones = new Map<string, Set<string>>();
  for (const order of orders) {
    for (const p of [order.subjectPrincipal, ...order.websites.map((w) => w.principal)]) {
      for (const phone of [p.mobile, p.emergencyPhone]) {
        if (!phone) continue;
        const key = normalizeMobile(phone);
        phones.set(key, (phones.get(key) ?? new Set()).add(order.id));
      }
    }
  }
  return orders.map((order) => ({
    order,
    context: {
      materials: generateMaterials(order, DEFAULT_SEED, data.defects.get(order.id) ?? []),
      calls: calls.get(order.id) ?? [],
      phoneUsedByOtherFiler: (phone) =>
        [...(phones.get(normalizeMobile(phone)) ?? [])].some((id) => id !== order.id),
    },
  }));
}

function measure(count: number): void {
  const started = performance.now();
  const inputs = prepare(count);
  const prepared = performance.now() - started;
  const times: number[] = [];
  const roundMeans: number[] = [];
  let results = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const roundStart = performance.now();
    for (const { order, context } of inputs) {
      const t0 = performance.now();
      results += runChecks(order, context).length;
      if (round > 0) times.push(performance.now() - t0);
    }
    if (round > 0) roundMeans.push((performance.now() - roundStart) / inputs.length);
  }
  times.sort((a, b) => a - b);
  roundMeans.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  // The machine is shared: a round's mean includes whatever else ran; the best round is the cost.
  process.stdout.write(
    `${count} orders, ${Math.round(results / ROUNDS / count)} results each (data built in ${(prepared / 1000).toFixed(1)} s):\n` +
      `  mean per order over a whole round: best ${us(roundMeans[0] ?? 0)}, worst ${us(roundMeans.at(-1) ?? 0)} (${ROUNDS - 1} rounds after a warm-up)\n` +
      `  single orders: median ${us(at(0.5))}, p95 ${us(at(0.95))}, p99 ${us(at(0.99))}\n`,
  );
}

measure(300);
measure(10_000);
