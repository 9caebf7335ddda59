import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useDataProvider, useListContext } from 'react-admin';
import { fetchQueuePageAhead, queueFirstPage } from './queueQuery';

/**
 * The `onChange` of a choice filter on the queue's bar, by its source: starts fetching the page the choice leads to
 * the moment it is made. The filter form applies a choice only after its own update and a pause of
 * a task (react-admin's filter form), which on these machines is as long as the request; the list
 * then finds the page in flight, or in, under its own key (one request either way).
 */
export function usePrefetchFilterChoice(): (source: string) => (eventOrValue: unknown) => void {
  const { filterValues, perPage, sort } = useListContext();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider();
  return useCallback(
    (source: string) => (eventOrValue: unknown) => {
      const value =
        (eventOrValue as { target?: { value?: unknown } } | null)?.target?.value ?? eventOrValue;
      const page = queueFirstPage({ perPage, sort }, { ...filterValues, [source]: value });
      fetchQueuePageAhead(queryClient, dataProvider, page);
    },
    [filterValues, perPage, sort, queryClient, dataProvider],
  );
}
