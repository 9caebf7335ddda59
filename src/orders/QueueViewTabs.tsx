import { styled } from '@mui/material/styles';
import { useRef, type KeyboardEvent } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { useSessionCan, useSessionUser } from '../providers/sessionUser';
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
  const user = useSessionUser();
  const userId = user?.id;
  // Only those who can claim have orders of their own.
  const canClaim = useSessionCan('orders', 'claim');
  const views = QUEUE_VIEWS.filter((view) => view !== 'mine' || canClaim);
  const current = currentQueueView(filterValues, userId);
  const value = current && views.includes(current) ? current : false;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (view: QueueView) => {
    if (!userId) return;
    const next: Record<string, unknown> = { ...filterValues };
    delete next.status;
    delete next.assigneeId;
    delete next.callbackDue;
    Object.assign(next, queueViewFilter(view, userId));
    setFilters(next, { ...displayedFilters, status: false, assigneeId: false });
  };

  // The WAI-ARIA tabs pattern: one tab in the Tab order, arrows/Home/End move between the tabs.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = views.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    tabs.current[target]?.focus();
  };

  const focusable = value === false ? views[0] : value;
  return (
    <TabStrip role="tablist" aria-label={translate('app.queue.views.label')}>
      {views.map((view, index) => (
        <button
          key={view}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          aria-selected={view === value}
          tabIndex={view === focusable ? 0 : -1}
          onClick={() => select(view)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {translate(`app.queue.views.${view}`)}
        </button>
      ))}
    </TabStrip>
  );
};

/**
 * Looks like MUI's tabs without their measuring: MUI's Tabs reads the layout after every render to
 * place its indicator, which forced a full layout of the queue page on each list update.
 */
const TabStrip = styled('div')(({ theme }) => ({
  display: 'flex',
  paddingInline: theme.spacing(1),
  borderBottom: `1px solid ${theme.palette.divider}`,
  '& [role="tab"]': {
    all: 'unset',
    boxSizing: 'border-box',
    minHeight: 40,
    minWidth: 90,
    padding: theme.spacing(1, 2),
    textAlign: 'center',
    cursor: 'pointer',
    fontSize: theme.typography.button.fontSize,
    fontWeight: theme.typography.button.fontWeight,
    lineHeight: 1.5,
    color: theme.palette.text.secondary,
    borderBottom: '2px solid transparent',
    transition: 'color 150ms, border-color 150ms',
    '&:hover': { color: theme.palette.text.primary },
    '&[aria-selected="true"]': {
      color: theme.palette.primary.main,
      borderBottomColor: theme.palette.primary.main,
    },
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: -2,
    },
  },
}));
