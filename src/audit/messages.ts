import { defineMessages } from '../i18n/catalog';

/** The audit log page: filters, columns and the CSV export. */
export const auditMessages = defineMessages(
  {
    resources: {
      audit_events: {
        details: {
          fromAssigneeId: '原处理人',
          toAssigneeId: '新处理人',
          claimedAt: '领取时间',
          leaseExpiresAt: '领取到期时间',
        },
        enums: { action: { lease_expired: '领取超时释放' } },
      },
    },
    app: {
      menu: { audit: '审计日志' },
      audit: {
        title: '审计日志',
        append_only: '记录只追加，不可修改或删除。',
        filters: {
          orderId: '订单号',
          actorId: '操作人',
          actorRole: '角色',
          action: '操作',
          from: '起始日期',
          to: '截止日期',
        },
        columns: {
          at: '时间',
          actor: '操作人',
          actorRole: '角色',
          action: '操作',
          orderId: '订单号',
          status: '状态变化',
          details: '详情',
        },
        export: '导出 CSV',
        exporting: '正在导出…',
        export_done: '已导出 %{count} 条记录',
        export_failed: '导出失败：%{error}',
        empty: '没有符合条件的记录',
      },
    },
  },
  {
    resources: {
      audit_events: {
        details: {
          fromAssigneeId: 'Previous assignee',
          toAssigneeId: 'New assignee',
          claimedAt: 'Claimed at',
          leaseExpiresAt: 'Claim lapsed at',
        },
        enums: { action: { lease_expired: 'Claim lapsed (returned to queue)' } },
      },
    },
    app: {
      menu: { audit: 'Audit log' },
      audit: {
        title: 'Audit log',
        append_only: 'Entries are append-only: they cannot be changed or deleted.',
        filters: {
          orderId: 'Order number',
          actorId: 'Person',
          actorRole: 'Role',
          action: 'Action',
          from: 'From date',
          to: 'To date',
        },
        columns: {
          at: 'Time',
          actor: 'Person',
          actorRole: 'Role',
          action: 'Action',
          orderId: 'Order',
          status: 'Status change',
          details: 'Details',
        },
        export: 'Export CSV',
        exporting: 'Exporting…',
        export_done: 'Exported %{count} entries',
        export_failed: 'Export failed: %{error}',
        empty: 'No entries match',
      },
    },
  },
);
