import { Box } from '@mui/material';
import { useDeferredValue } from 'react';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { List, Pagination, useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { useSessionUser } from '../providers/sessionUser';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './orderFilters';
import { QueueTable } from './QueueTable';
import { QueueToolbarSkeleton } from './QueueToolbarSkeleton';
import { QUEUE_FRESH_MS, QUEUE_PER_PAGE, QUEUE_SORT, queueDefaultFilter } from './queueQuery';
import { QueueViewTabs } from './QueueViewTabs';
import { useQueueKeys } from './useQueueKeys';

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

/** The review queue: server-side paged, sorted by deadline, filtered; a row opens the order. */
export const OrderList = () => {
  const translate = useTranslate();
  const filters = useOrderFilters();
  const user = useSessionUser();
  const tableRef = useQueueKeys();
  // The rows first: the filter bar, the actions and the pagination render right after them, in a
  // background render (React's deferred value), in boxes of their size. Their inputs are most of
  // the page's first render, and nobody uses them in the first few hundred milliseconds.
  const complete = useDeferredValue(true, false);

  return (
    <ThemeProvider theme={immediateFilters}>
      {/*
        disableAuthentication: the list's own session and access checks run one after the other
        before its query may start (two render passes). CoreAdminUI (requireAuth) has confirmed the
        session before any page renders, every role may list orders, and the API enforces both.
      */}
      <List<Order>
        resource="orders"
        disableAuthentication
        title={translate('app.menu.queue')}
        sort={QUEUE_SORT}
        perPage={QUEUE_PER_PAGE}
        filters={complete ? filters : undefined}
        filterDefaultValues={queueDefaultFilter(user?.role)}
        queryOptions={{ staleTime: QUEUE_FRESH_MS }}
        actions={complete ? <OrderListActions /> : <QueueToolbarSkeleton filters={filters} />}
        pagination={
          complete ? (
            <Pagination rowsPerPageOptions={[25, 50, 100]} />
          ) : (
            <Box aria-hidden data-queue-skeleton sx={{ height: 52 }} />
          )
        }
        empty={false}
      >
        <QueueViewTabs />
        <Box ref={tableRef} sx={{ overflowX: 'auto' }}>
          <QueueTable />
        </Box>
      </List>
    </ThemeProvider>
  );
};
