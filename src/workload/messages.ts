import { defineMessages } from '../i18n/catalog';

/** Workload per reviewer, bulk reassignment and release. */
export const workloadMessages = defineMessages(
  {
    app: {
      menu: { workload: '工作量' },
      workload: {
        title: '审核员工作量',
        held_title: '审核中的订单',
        columns: {
          name: '审核员',
          held: '持有订单',
          decidedToday: '今日审结',
          avgHandling: '平均处理时长（领取→审结）',
          overdue: '已超时',
        },
        minutes: '%{minutes} 分钟',
        reassign: '转派',
        reassign_title: '将 %{count} 个订单转派给',
        reassign_to: '新的处理人',
        release: '释放回队列',
        confirm: '确定',
        cancel: '取消',
        done: '%{action}成功 %{ok} 单',
        partial: '%{action}成功 %{ok} 单，失败 %{failed} 单：%{details}',
      },
    },
  },
  {
    app: {
      menu: { workload: 'Workload' },
      workload: {
        title: 'Reviewer workload',
        held_title: 'Orders in review',
        columns: {
          name: 'Reviewer',
          held: 'Orders held',
          decidedToday: 'Decided today',
          avgHandling: 'Average handling (claim → decision)',
          overdue: 'Overdue',
        },
        minutes: '%{minutes} min',
        reassign: 'Reassign',
        reassign_title: 'Reassign %{count} orders to',
        reassign_to: 'New assignee',
        release: 'Release to the queue',
        confirm: 'Confirm',
        cancel: 'Cancel',
        done: '%{action}: %{ok} done',
        partial: '%{action}: %{ok} done, %{failed} failed: %{details}',
      },
    },
  },
);
