import { useCallback } from 'react';
import { useListContext } from 'react-admin';

/**
 * The `onChange` of a choice filter on the queue's bar, by its source: applies the choice the moment
 * it is made. react-admin's filter form applies it only after its own update, a pause of a task and
 * its (asynchronous) submit, which on these machines took longer than the request for the rows;
 * the queue's list (usePromptFilterChanges) then fetches the page and shows it as soon as it is in.
 * When the form's own submit of the same filter comes, the list recognises it and does nothing.
 */
export function useApplyFilterChoice(): (source: string) => (value: string) => void {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  return useCallback(
    (source: string) => (value: string) => {
      setFilters({ ...filterValues, [source]: value }, displayedFilters);
    },
    [filterValues, displayedFilters, setFilters],
  );
}
