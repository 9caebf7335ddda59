import { Box, Card } from '@mui/material';
import { styled } from '@mui/material/styles';
import {
  memo,
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import {
  ListBase,
  ListContextProvider,
  Offline,
  Title,
  useDataProvider,
  useListContext,
  useTranslate,
  type ListControllerResult,
} from 'react-admin';
import type { Order } from '../domain/types';
import { lazyPage, prefetchPagesWhenIdle, whenIdle } from '../lazyPages';
import { warmMaterialsAhead } from '../providers/materialsAheadClient';
import { OrderPagePreview, takeOrderPagePreview } from './OrderPagePreview';
import orders from '.';
import { useSessionUser } from '../providers/sessionUser';
import { QueueTable } from './QueueTable';
import { QueuePaginationSkeleton, QueueToolbarSkeleton } from './QueueToolbarSkeleton';
import {
  fetchQueuePageAhead,
  QUEUE_FRESH_MS,
  QUEUE_PER_PAGE,
  QUEUE_SORT,
  queueDefaultFilter,
  queueFirstPage,
  queuePageQuery,
  queueSearch,
  sameFilter,
  type QueuePageParams,
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

/** What a filter change asked for, until the list's own parameters (the address) have caught up. */
interface ChosenFilter {
  page: QueuePageParams;
  displayedFilters: Record<string, unknown>;
  /** The list's parameters when the filter was chosen (`listParamsOf`). */
  from: string;
}

const listParamsOf = ({ filterValues, sort, page, perPage }: ListControllerResult<Order>) =>
  JSON.stringify([filterValues, sort, page, perPage]);

/**
 * The list's context, with a filter change that shows its rows as soon as they arrive. react-admin's
 * list applies a filter by changing the address; the whole page then re-renders (the filter bar, the
 * menu's and the app bar's links, the remembered parameters, twice) before the list even asks for
 * the rows, which took longer than the request. Here the new first page is fetched at once and
 * shown, with the chosen filter, as soon as it is in; then the address changes, rendered in the
 * background (a React transition), and the list's own parameters catch up with what is shown.
 *
 * A caller that asks for react-admin's debounce gets it, and react-admin's way.
 */
function usePromptFilterChanges(): ListControllerResult<Order> {
  const context = useListContext<Order>();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<ChosenFilter | null>(null);
  const caughtUp = chosen !== null && sameFilter(context.filterValues, chosen.page.filter);
  if (caughtUp) setChosen(null);
  // Another change of the list's parameters landed first (a sort or a rows-per-page chosen before
  // the address followed the filter): the filter applies on top of it, so that both hold.
  if (chosen !== null && !caughtUp && listParamsOf(context) !== chosen.from) {
    setChosen({
      ...chosen,
      page: { ...chosen.page, perPage: context.perPage, sort: context.sort },
      from: listParamsOf(context),
    });
  }
  const pending = caughtUp ? null : chosen;
  const ahead = useQuery({
    ...queuePageQuery(dataProvider, pending?.page ?? NO_PAGE),
    enabled: pending !== null,
    staleTime: QUEUE_FRESH_MS,
  });
  const rows = pending ? ahead.data : undefined;
  // What is chosen, for the setter below without re-creating it (and the list's context with it)
  // on every choice: the page re-renders when the rows are in, not before.
  const pendingRef = useRef(pending);
  useLayoutEffect(() => {
    pendingRef.current = pending;
  });

  const setFiltersPromptly = useCallback<ListControllerResult<Order>['setFilters']>(
    (filter, shown, debounce) => {
      if (debounce) {
        context.setFilters(filter, shown, debounce);
        return;
      }
      const page = queueFirstPage(context, filter);
      const displayedFilters = shown ?? context.displayedFilters;
      // A choice is applied at the click (useApplyFilterChoice); the filter form's own submit of
      // the same filter comes later and changes nothing.
      const current = pendingRef.current ?? {
        page: queueFirstPage(context, context.filterValues),
        displayedFilters: context.displayedFilters,
      };
      if (
        sameFilter(current.page.filter, page.filter) &&
        sameFilter(current.displayedFilters, displayedFilters)
      ) {
        return;
      }
      fetchQueuePageAhead(queryClient, dataProvider, page);
      setChosen({ page, displayedFilters, from: listParamsOf(context) });
    },
    [context, queryClient, dataProvider],
  );

  // Once the rows are shown (or their request has failed, which the list will then report), the
  // address follows, rendered in the background: the list's own parameters catch up with it.
  const settled = pending !== null && (rows !== undefined || ahead.isError);
  const followed = useRef<ChosenFilter | null>(null);
  useEffect(() => {
    // Once per choice: each is one entry in the browser's history, as react-admin's list makes it.
    if (!settled || !pending || followed.current === pending) return;
    followed.current = pending;
    startTransition(() => {
      void navigate({
        search: queueSearch({ ...pending.page, displayedFilters: pending.displayedFilters }),
      });
    });
  }, [settled, pending, navigate]);

  const withSetter = useMemo(
    () => ({ ...context, setFilters: setFiltersPromptly }),
    [context, setFiltersPromptly],
  );
  // Until the rows are in, the page stays as it is (re-rendering it for the chosen filter alone
  // would hold them up): the list shows them in the same frame as the filter.
  return useMemo(() => {
    if (!pending || !rows) return withSetter;
    const total = rows.total ?? rows.data.length;
    return {
      ...withSetter,
      filterValues: pending.page.filter,
      displayedFilters: pending.displayedFilters,
      page: 1,
      data: rows.data,
      total,
      meta: rows.meta,
      hasPreviousPage: false,
      hasNextPage: rows.pageInfo?.hasNextPage ?? total > pending.page.perPage,
      isPending: false,
      isFetching: false,
      isPlaceholderData: false,
    } as ListControllerResult<Order>;
  }, [withSetter, pending, rows]);
}

const NO_PAGE: QueuePageParams = { page: 1, perPage: QUEUE_PER_PAGE, sort: QUEUE_SORT, filter: {} };

const QueuePage = () => {
  const context = usePromptFilterChanges();
  return (
    <ListContextProvider value={context}>
      <QueueFrame />
    </ListContextProvider>
  );
};

// Memoized: a choice made on the filter bar re-renders the page that holds the list's context, and
// the frame need not follow until that context changes (when the chosen filter's rows are in).
const QueueFrame = memo(function QueueFrame() {
  const translate = useTranslate();
  const { isPending, data } = useListContext();
  // The order page rendered once, hidden, while the queue idles (OrderPagePreview.tsx).
  const [previewId, setPreviewId] = useState<string | null>(null);
  const firstId = useRef<string | null>(null);
  useLayoutEffect(() => {
    firstId.current = typeof data?.[0]?.id === 'string' ? data[0].id : null;
  });
  // Once a first answer is on screen (rows, none, or an error), never again "not yet".
  const complete = useDeferredValue(!isPending, false);
  const [controlsShown, setControlsShown] = useState(false);
  if (complete && !controlsShown) setControlsShown(true);
  // With the queue on screen, the other pages' chunks are fetched while the browser idles, the
  // worker that fetches an opened order's materials is started, and the order page is rendered
  // once, hidden, with the first order.
  useEffect(() => {
    if (!controlsShown) return;
    prefetchPagesWhenIdle();
    whenIdle(warmMaterialsAhead);
    if (takeOrderPagePreview()) {
      whenIdle(() => {
        void orders.show
          .preload()
          .then(() => whenIdle(() => setPreviewId(firstId.current)))
          .catch(() => undefined);
      });
    }
  }, [controlsShown]);

  return (
    <Root className="list-page">
      {previewId && <OrderPagePreview id={previewId} />}
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
});
