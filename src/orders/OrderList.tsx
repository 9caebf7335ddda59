import { Box, Card } from '@mui/material';
import { styled } from '@mui/material/styles';
import { Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  ListBase,
  ListContextProvider,
  Offline,
  removeEmpty,
  Title,
  useDataProvider,
  useListContext,
  useTranslate,
  type ListControllerResult,
} from 'react-admin';
import type { Order } from '../domain/types';
import { lazyPage, prefetchPagesWhenIdle } from '../lazyPages';
import { useSessionUser } from '../providers/sessionUser';
import { QueueTable } from './QueueTable';
import { QueuePaginationSkeleton, QueueToolbarSkeleton } from './QueueToolbarSkeleton';
import {
  fetchQueuePageAhead,
  QUEUE_FRESH_MS,
  QUEUE_PER_PAGE,
  QUEUE_SORT,
  queueDefaultFilter,
} from './queueQuery';
import { QueueViewTabs } from './QueueViewTabs';
import { useQueueKeys } from './useQueueKeys';

const loadControls = () => import('./QueueControls');
const QueueToolbar = lazyPage(loadControls, (m) => m.QueueToolbar);
const QueuePagination = lazyPage(loadControls, (m) => m.QueuePagination);

/** react-admin's list page frame (its class names, so that the theme's overrides apply). */
const Root = styled('div', {
  name: 'RaList',
  overridesResolver: (_props, styles) => styles.root,
})({
  display: 'flex',
  '& .RaList-main': { flex: '1 1 auto', display: 'flex', flexDirection: 'column' },
  '& .RaList-content': { position: 'relative', overflow: 'inherit' },
});

/** The rows, or react-admin's offline notice while a first fetch waits for the network. */
const QueueContent = () => {
  const tableRef = useQueueKeys();
  const { isPaused, isPending, isPlaceholderData } = useListContext();
  if (isPaused && (isPending || isPlaceholderData)) return <Offline />;
  return (
    <>
      <QueueViewTabs />
      <Box ref={tableRef} sx={{ overflowX: 'auto' }}>
        <QueueTable />
      </Box>
    </>
  );
};

/**
 * The review queue: server-side paged, sorted by deadline, filtered; a row opens the order.
 *
 * react-admin's `<List>` frame, composed here so that the rows come first: the filter bar, the
 * actions and the pagination (react-hook-form, the inputs, the pagination's menus: most of a
 * list's code) are a chunk of their own (QueueControls.tsx), fetched and rendered once the first
 * rows are on screen (a background render, React's deferred value), with boxes of their size until
 * then.
 */
export const OrderList = () => {
  const user = useSessionUser();
  return (
    // disableAuthentication: the list's own session and access checks run one after the other
    // before its query may start (two render passes). CoreAdminUI (requireAuth) has confirmed the
    // session before any page renders, every role may list orders, and the API enforces both.
    <ListBase<Order>
      resource="orders"
      disableAuthentication
      sort={QUEUE_SORT}
      perPage={QUEUE_PER_PAGE}
      filterDefaultValues={queueDefaultFilter(user?.role)}
      queryOptions={{ staleTime: QUEUE_FRESH_MS }}
    >
      <QueuePage />
    </ListBase>
  );
};

/**
 * The list's context, with a filter change that starts fetching the new first page at once: react-
 * admin's list fetches only once the whole page has rendered with the new filters (the menu closing,
 * the filter form, the address, the rows), which takes longer than the request itself.
 */
function useFetchingFilterChanges(): ListControllerResult<Order> {
  const context = useListContext<Order>();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider();
  return useMemo(
    () => ({
      ...context,
      setFilters: (filter, displayedFilters, debounce) => {
        // The parameters react-admin's list will ask for: its filters less the empty ones, page 1.
        fetchQueuePageAhead(queryClient, dataProvider, {
          page: 1,
          perPage: context.perPage,
          sort: context.sort,
          filter: removeEmpty(filter),
        });
        context.setFilters(filter, displayedFilters, debounce);
      },
    }),
    [context, queryClient, dataProvider],
  );
}

const QueuePage = () => {
  const context = useFetchingFilterChanges();
  return (
    <ListContextProvider value={context}>
      <QueueFrame />
    </ListContextProvider>
  );
};

const QueueFrame = () => {
  const translate = useTranslate();
  const { isPending } = useListContext();
  // Once a first answer is on screen (rows, none, or an error), never again "not yet".
  const complete = useDeferredValue(!isPending, false);
  const [controlsShown, setControlsShown] = useState(false);
  if (complete && !controlsShown) setControlsShown(true);
  // With the queue on screen, the other pages' chunks are fetched while the browser idles.
  useEffect(() => {
    if (controlsShown) prefetchPagesWhenIdle();
  }, [controlsShown]);

  return (
    <Root className="list-page">
      <Title title={translate('app.menu.queue')} preferenceKey="orders.list.title" />
      <div className="RaList-main">
        {controlsShown ? (
          <Suspense fallback={<QueueToolbarSkeleton />}>
            <QueueToolbar className="RaList-actions" />
          </Suspense>
        ) : (
          <QueueToolbarSkeleton />
        )}
        <Card className="RaList-content">
          <QueueContent />
        </Card>
        {controlsShown ? (
          <Suspense fallback={<QueuePaginationSkeleton />}>
            <QueuePagination />
          </Suspense>
        ) : (
          <QueuePaginationSkeleton />
        )}
      </div>
    </Root>
  );
};
