import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import type { ReviewDataProvider } from '../providers/dataProvider';

/**
 * Runs one order action on each selected order, one request per order with the version the
 * supervisor saw (so a concurrent change is refused, not overwritten), and reports partial
 * failures order by order in the user's language.
 */
export function useBulkOrderAction(action: 'reassign' | 'release') {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const { selectedIds, data = [], onUnselectItems } = useListContext<Order>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const [running, setRunning] = useState(false);

  const run = async (extra: Record<string, unknown> = {}) => {
    setRunning(true);
    const failures: string[] = [];
    let ok = 0;
    for (const id of selectedIds) {
      const order = data.find((o) => o.id === id);
      if (!order) continue;
      try {
        await dataProvider.orderAction(order.id, action, { version: order.version, ...extra });
        ok += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${order.id} ${translate(message, { _: message })}`);
      }
    }
    setRunning(false);
    onUnselectItems();
    const label = translate(`app.workload.${action}`);
    if (failures.length === 0) {
      notify('app.workload.done', { type: 'success', messageArgs: { action: label, ok } });
    } else {
      notify('app.workload.partial', {
        type: 'warning',
        autoHideDuration: 10_000,
        messageArgs: { action: label, ok, failed: failures.length, details: failures.join('；') },
      });
    }
    await queryClient.invalidateQueries({ queryKey: ['orders'] });
    await queryClient.invalidateQueries({ queryKey: ['api'] });
  };

  return { run, running };
}
