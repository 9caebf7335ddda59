import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import { LinearProgress } from '@mui/material';
import { alpha, styled } from '@mui/material/styles';
import { memo, useMemo, type MouseEvent, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  ListNoResults,
  useCreatePath,
  useDataProvider,
  useGetList,
  useListContext,
  useTranslate,
} from 'react-admin';
import { useHref, useNavigate } from 'react-router-dom';
import { failingChecks } from '../domain/checks/summary';
import { formatCstDateTime, mainDomain } from '../domain/format';
import type { Order, OrderStatus, User } from '../domain/types';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { useNow } from '../providers/serverClock';
import { holderSince } from '../reliability/holderTime';
import { useEnumLabel } from '../shared/useEnumLabel';
import { DEADLINE_ICONS, deadlineDisplay } from './DeadlineText';
import { fetchOrderPageAhead } from './show/orderPrefetch';
import { STATUS_CHIP_COLORS } from './StatusChip';

type Translate = ReturnType<typeof useTranslate>;
type EnumLabel = ReturnType<typeof useEnumLabel>;

interface RowContext {
  translate: Translate;
  enumLabel: EnumLabel;
  now: Date;
  /** Staff names by id; null until they have loaded. */
  userNames: ReadonlyMap<string, string> | null;
  /** The order page's address, for the order number's link. */
  href: (id: string) => string;
}

interface Column {
  source: string;
  label: string;
  sortable: boolean;
  className?: string;
  render: (order: Order, ctx: RowContext) => ReactNode;
}

const field = (name: string) => `resources.orders.fields.${name}`;

/** Applicant-typed text in one line, cut with an ellipsis, the whole text in its title. */
const oneLine = (text: string | null | undefined) => <bdi title={text ?? undefined}>{text}</bdi>;

const deadline = (order: Order, { translate, now }: RowContext) => {
  const due = formatCstDateTime(order.slaDueAt) ?? undefined;
  const shown = deadlineDisplay(translate, order, now);
  if (shown.kind === 'closed') return <span className="quiet">{due}</span>;
  const state = shown.kind === 'open' ? shown.state : 'due_soon';
  const icon = shown.kind === 'open' ? state : shown.kind;
  const Icon = icon === 'on_time' ? null : DEADLINE_ICONS[icon];
  return (
    <span className={`deadline ${state}`} title={due}>
      {Icon && <Icon fontSize="inherit" aria-hidden />}
      {shown.text}
    </span>
  );
};

const checks = (order: Order, { translate }: RowContext) => {
  const failing = failingChecks(order.checks ?? []).length;
  if (failing === 0) {
    return (
      <span className="quiet" aria-label={translate('app.checks.all_passed')}>
        –
      </span>
    );
  }
  const label = translate('app.checks.failing_count', { count: failing });
  return (
    <span className="failing" role="img" aria-label={label} title={label}>
      <ErrorOutline fontSize="inherit" aria-hidden />
      {failing}
    </span>
  );
};

const holder = (order: Order, { translate, userNames }: RowContext) => {
  if (!order.assigneeId) return translate('app.order.empty_value');
  // Until the names arrive the holder shows as nothing rather than as an internal id.
  const name = userNames ? (userNames.get(order.assigneeId) ?? order.assigneeId) : '';
  const since = order.status === 'in_review' ? holderSince(order.claimedAt) : '';
  return (
    <bdi>
      {name}
      {since && ` · ${translate('app.reliability.holder.since', { time: since })}`}
    </bdi>
  );
};

const status = (order: Order, { enumLabel }: RowContext) => {
  const color = STATUS_CHIP_COLORS[order.status as OrderStatus] ?? 'default';
  const variant = order.status === 'in_review' ? 'filled' : 'outlined';
  return (
    <span className={`chip ${variant} ${color}`}>
      {enumLabel('orders', 'status', order.status)}
    </span>
  );
};

const COLUMNS: Column[] = [
  {
    source: 'id',
    label: field('id'),
    sortable: true,
    className: 'nowrap',
    // A real link: ctrl/middle click opens the order in a new tab; a plain click is the row's.
    render: (o, { href }) => (
      <a href={href(o.id)} tabIndex={-1}>
        {o.id}
      </a>
    ),
  },
  {
    source: 'type',
    label: field('type'),
    sortable: true,
    render: (o, { enumLabel }) => enumLabel('orders', 'type', o.type),
  },
  {
    source: 'filerKind',
    label: field('filerKind'),
    sortable: true,
    render: (o, { enumLabel }) => enumLabel('orders', 'filerKind', o.filerKind),
  },
  {
    source: 'subject.name',
    label: field('subjectName'),
    sortable: false,
    className: 'text',
    render: (o) => oneLine(o.subject?.name),
  },
  {
    source: 'province',
    label: field('province'),
    sortable: true,
    render: (o, { enumLabel }) => enumLabel('orders', 'province', o.province),
  },
  {
    source: 'mainDomain',
    label: field('mainDomain'),
    sortable: false,
    className: 'text',
    render: (o) => oneLine(mainDomain(o)),
  },
  {
    source: 'submittedAt',
    label: field('submittedAt'),
    sortable: true,
    className: 'nowrap numeric',
    render: (o) => <time dateTime={o.submittedAt}>{formatCstDateTime(o.submittedAt)}</time>,
  },
  {
    source: 'slaDueAt',
    label: field('slaDueAt'),
    sortable: true,
    className: 'nowrap numeric',
    render: deadline,
  },
  { source: 'status', label: field('status'), sortable: true, render: status },
  {
    source: 'checks',
    label: 'app.checks.column',
    sortable: false,
    className: 'nowrap',
    render: checks,
  },
  { source: 'assigneeId', label: field('assigneeId'), sortable: true, render: holder },
];

const Row = memo(function Row({
  order,
  ctx,
  onOpen,
}: {
  order: Order;
  ctx: RowContext;
  onOpen: (event: MouseEvent, id: string) => void;
}) {
  return (
    <tr data-order-id={order.id} onClick={(event) => onOpen(event, order.id)}>
      {COLUMNS.map((column) => (
        <td key={column.source} className={column.className}>
          {column.render(order, ctx)}
        </td>
      ))}
    </tr>
  );
});

/**
 * The review queue's table: the rows a reviewer scans all day, as plain table markup styled by one
 * stylesheet. react-admin's DataTable renders each cell through two styled layers, a store
 * subscription and an `sx` computation; on the team's 2-core machines that made every new page of
 * 25 rows take ~170 ms to render, after each filter change and on opening the queue. Same list
 * context: sorting from the headers (with `aria-sort`), a row click or Enter opens the order, the
 * order number is a link (ctrl/middle click opens a tab), loading and "no results" states.
 */
export const QueueTable = () => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const now = useNow(30_000);
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const root = useHref('/');
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const { data, isPending, sort, setSort } = useListContext<Order>();
  // The same query as the assignee filter's: one request for the names of every holder.
  const { data: users } = useGetList<User>('users', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const userNames = useMemo(
    () => (users ? new Map(users.map((u) => [u.id, u.name])) : null),
    [users],
  );
  const ctx = useMemo(
    () => ({
      translate,
      enumLabel,
      now,
      userNames,
      href: (id: string) =>
        `${root.replace(/\/$/, '')}${createPath({ resource: 'orders', id, type: 'show' })}`,
    }),
    [translate, enumLabel, now, userNames, root, createPath],
  );
  const onOpen = useMemo(
    () => (event: MouseEvent, id: string) => {
      // A modified click on the order number's link opens it in a new tab, as links do.
      const link = (event.target as Element).closest('a');
      if (link && (event.ctrlKey || event.metaKey || event.shiftKey)) return;
      event.preventDefault();
      const order = data?.find((o) => o.id === id);
      if (order) fetchOrderPageAhead(queryClient, dataProvider, order);
      navigate(createPath({ resource: 'orders', id, type: 'show' }));
    },
    [navigate, createPath, data, queryClient, dataProvider],
  );

  if (isPending && !data) {
    return (
      <div role="status" aria-label={translate('ra.page.loading')}>
        <LinearProgress />
      </div>
    );
  }
  if (!data || data.length === 0) return <ListNoResults />;

  const sortBy = (source: string) =>
    setSort({
      field: source,
      order: sort.field === source && sort.order === 'ASC' ? 'DESC' : 'ASC',
    });

  return (
    <Table>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = sort.field === column.source;
            const label = translate(column.label);
            if (!column.sortable) {
              return (
                <th key={column.source} scope="col">
                  {label}
                </th>
              );
            }
            const Arrow = active && sort.order === 'DESC' ? ArrowDownwardIcon : ArrowUpwardIcon;
            return (
              <th
                key={column.source}
                scope="col"
                aria-sort={active ? (sort.order === 'ASC' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" onClick={() => sortBy(column.source)}>
                  {label}
                  <Arrow className={active ? 'arrow active' : 'arrow'} aria-hidden />
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {data.map((order) => (
          <Row key={order.id} order={order} ctx={ctx} onOpen={onOpen} />
        ))}
      </tbody>
    </Table>
  );
};

const Table = styled('table')(({ theme }) => {
  const { palette } = theme;
  const chip = (color: string, main: string, contrast: string) => ({
    [`& .chip.outlined.${color}`]: { color: main, borderColor: alpha(main, 0.7) },
    [`& .chip.filled.${color}`]: { color: contrast, backgroundColor: main, borderColor: main },
  });
  return {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: theme.typography.body2.fontSize,
    lineHeight: theme.typography.body2.lineHeight,
    color: palette.text.primary,
    '& th, & td': {
      // Eleven columns fit beside the open menu from 1280 pixels in Chinese and from 1440 in
      // English (due-soon deadlines spelled out included): the subject and the domain give way,
      // cut with an ellipsis.
      padding: '6px 8px',
      borderBottom: `1px solid ${palette.divider}`,
      textAlign: 'left',
      verticalAlign: 'middle',
    },
    '& th': { fontWeight: 500, whiteSpace: 'nowrap', color: palette.text.primary },
    '& th button': {
      all: 'unset',
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'center',
      gap: 2,
      borderRadius: 2,
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    },
    '& th .arrow': { fontSize: 16, opacity: 0, transition: 'opacity 150ms' },
    '& th button:hover .arrow': { opacity: 0.5 },
    '& th .arrow.active': { opacity: 1 },
    '& tbody tr': { cursor: 'pointer' },
    '& td a': { color: 'inherit', textDecoration: 'none' },
    '& td a:hover': { textDecoration: 'underline' },
    '& tbody tr:hover': { backgroundColor: palette.action.hover },
    '& tbody tr:focus': {
      outline: `2px solid ${palette.primary.main}`,
      outlineOffset: -2,
      backgroundColor: palette.action.selected,
    },
    '& td.nowrap': { whiteSpace: 'nowrap' },
    '& td.numeric, & .deadline': { fontVariantNumeric: 'tabular-nums' },
    // The subject and the domain take what the other columns leave, a share each, and never
    // less than about eight characters: a zero maximum keeps their text out of the table's
    // minimum width (a nowrap cell's text otherwise sets it), so the table narrows with the
    // window instead of scrolling sideways, and widens them on a large screen.
    '& td.text': {
      width: '14%',
      minWidth: 96,
      maxWidth: 0,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      unicodeBidi: 'isolate',
    },
    '& .quiet': { color: palette.text.secondary },
    '& .deadline, & .failing': {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 4,
      whiteSpace: 'nowrap',
    },
    '& .deadline.overdue': { color: palette.error.main, fontWeight: 600 },
    '& .deadline.due_soon': { color: palette.warning.main, fontWeight: 600 },
    '& .failing': { color: palette.error.main },
    '& .chip': {
      display: 'inline-flex',
      alignItems: 'center',
      height: 24,
      padding: '0 9px',
      borderRadius: 12,
      border: '1px solid',
      fontSize: '0.8125rem',
      fontWeight: 500,
      whiteSpace: 'nowrap',
    },
    '& .chip.outlined.default': { color: palette.text.primary, borderColor: palette.grey[400] },
    '& .chip.filled.default': {
      color: palette.text.primary,
      backgroundColor: palette.action.selected,
      borderColor: 'transparent',
    },
    ...chip('primary', palette.primary.main, palette.primary.contrastText),
    ...chip('info', palette.info.main, palette.info.contrastText),
    ...chip('success', palette.success.main, palette.success.contrastText),
    ...chip('error', palette.error.main, palette.error.contrastText),
    ...chip('warning', palette.warning.main, palette.warning.contrastText),
  };
});
