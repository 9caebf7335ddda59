import { Tab, Tabs } from '@mui/material';
import { useCanAccess, useGetIdentity, useListContext, useTranslate } from 'react-admin';
import { QUEUE_VIEWS, queueViewFilter, type QueueView } from '../domain/orderQuery';

/** Which one-click view the current filter is, if any; the filter (in the URL) is the truth. */
export function currentQueueView(
  filter: Record<string, unknown>,
  userId: string | undefined,
): QueueView | false {
  if (filter.status === 'pending_review' && filter.assigneeId === undefined) return 'unclaimed';
  if (filter.status === 'in_review' && userId !== undefined && filter.assigneeId === userId) {
    return 'mine';
  }
  if (filter.callbackDue === true && filter.status === undefined) return 'callback';
  if (filter.status === undefined && filter.assigneeId === undefined && !filter.callbackDue) {
    return 'all';
  }
  return false;
}

/** 未领取 / 我的 / 全部: replace the status and assignee filters, keep the others. */
export const QueueViewTabs = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : undefined;
  // Only those who can claim have orders of their own.
  const { canAccess: canClaim } = useCanAccess({ resource: 'orders', action: 'claim' });
  const views = QUEUE_VIEWS.filter((view) => view !== 'mine' || canClaim);
  const current = currentQueueView(filterValues, userId);
  const value = current && views.includes(current) ? current : false;

  const select = (view: QueueView) => {
    if (!userId) return;
    const next: Record<string, unknown> = { ...filterValues };
    delete next.status;
    delete next.assigneeId;
    delete next.callbackDue;
    Object.assign(next, queueViewFilter(view, userId));
    setFilters(next, { ...displayedFilters, status: false, assigneeId: false });
  };

  return (
    <Tabs
      value={value}
      onChange={(_event, view: QueueView) => select(view)}
      aria-label={translate('app.queue.views.label')}
      sx={{ px: 1, minHeight: 40, borderBottom: 1, borderColor: 'divider' }}
    >
      {views.map((view) => (
        <Tab
          key={view}
          value={view}
          label={translate(`app.queue.views.${view}`)}
          sx={{ minHeight: 40, py: 1 }}
        />
      ))}
    </Tabs>
  );
};
