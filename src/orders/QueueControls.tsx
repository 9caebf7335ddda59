import { ThemeProvider, type Theme } from '@mui/material/styles';
import { ListToolbar, Pagination } from 'react-admin';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './orderFilters';

/**
 * The queue's filters apply the moment a choice is made (react-admin waits 500 ms after every change
 * by default); the free-text search waits for a pause in typing itself (DebouncedSearchInput).
 */
const immediateFilters = (outer: Theme): Theme => ({
  ...outer,
  components: {
    ...outer.components,
    RaFilterForm: { defaultProps: { debounce: 0 } },
  } as Theme['components'],
});

/**
 * The queue's filter bar (react-admin's filter form: react-hook-form and the inputs) with the
 * actions, and its pagination. A chunk of their own, loaded as the rows render: most of the list's
 * code, and nobody uses them in the page's first few hundred milliseconds.
 */
export const QueueToolbar = ({ className }: { className?: string }) => {
  const filters = useOrderFilters();
  return (
    <ThemeProvider theme={immediateFilters}>
      <ListToolbar className={className} filters={filters} actions={<OrderListActions />} />
    </ThemeProvider>
  );
};

export const QueuePagination = () => <Pagination rowsPerPageOptions={[25, 50, 100]} />;
