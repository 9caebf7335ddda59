import { defineMessages } from '../i18n/catalog';

/**
 * Messages of the console's reliability layer: conflicts explained, network faults, drafts, sessions
 * and claim leases.
 */
export const reliabilityMessages = defineMessages(
  {
    app: {
      errors: {
        TIMEOUT: '服务器长时间无响应，请求已中止。您填写的内容已保留，请重试',
        SERVER_ERROR: '服务器暂时无法处理请求。您填写的内容已保留，请稍后重试',
        OFFLINE: '网络已断开。您填写的内容已保留，恢复连接后请重试',
        SESSION_EXPIRED: '会话已过期，请重新登录',
      },
      reliability: {
        retry: '重试',
        dismiss: '知道了',
        offline: '网络已断开：您仍可查看已加载的内容，填写的内容会保存在本机，恢复连接后再提交',
        kept: '您填写的内容已保留，无需重新输入。',
        reloaded: '页面已刷新为订单的最新状态。',
        session_expired: '会话已过期，请重新登录',
        signed_out: '登录已失效，请重新登录',
        return_after_login: '登录后将回到您之前的页面：%{route}',
        conflict: {
          title: '订单已有变化',
          claimed_by: '%{actor} 已于 %{time} 领取了此订单',
          released_by: '%{actor} 于 %{time} 释放了此订单，订单已回到队列',
          reassigned: '%{actor} 于 %{time} 将此订单转派给 %{assignee}',
          lease_expired_mine:
            '您对此订单的领取已于 %{time} 失效（超过 %{minutes} 分钟无操作），订单已退回队列',
          lease_expired:
            '%{assignee} 对此订单的领取已于 %{time} 因长时间无操作而失效，订单已退回队列',
          action_by: '%{actor} 于 %{time} 对此订单进行了“%{action}”操作',
          unknown: '此订单已被他人更新',
        },
        holder: {
          banner: '%{name} 自 %{time} 起正在审核此订单',
          since: '%{time} 起',
          lease_until: '领取保留至 %{time}（有操作时自动续期）',
        },
        draft: {
          restored: '已恢复您上次未提交的草稿',
          stale: '您在此订单第 %{revision} 次提交时留有未提交的草稿（当前为第 %{current} 次）',
          use_stale: '使用该草稿',
          discard: '丢弃',
        },
        system: '系统',
      },
    },
  },
  {
    app: {
      errors: {
        TIMEOUT:
          'The server took too long to answer; the request was stopped. What you typed is kept: try again',
        SERVER_ERROR:
          'The server could not handle the request right now. What you typed is kept: try again shortly',
        OFFLINE: 'You are offline. What you typed is kept: send it again once you are back online',
        SESSION_EXPIRED: 'Your session has expired. Please sign in again',
      },
      reliability: {
        retry: 'Retry',
        dismiss: 'Got it',
        offline:
          'You are offline: what is loaded stays readable and what you type is kept on this computer until you can send it',
        kept: 'What you typed is kept: nothing needs to be typed again.',
        reloaded: 'The page now shows the order as it is.',
        session_expired: 'Your session has expired. Please sign in again',
        signed_out: 'You were signed out. Please sign in again',
        return_after_login: 'After signing in you return to where you were: %{route}',
        conflict: {
          title: 'The order has changed',
          claimed_by: '%{actor} claimed this order at %{time}',
          released_by: '%{actor} released this order at %{time}; it is back in the queue',
          reassigned: '%{actor} reassigned this order to %{assignee} at %{time}',
          lease_expired_mine:
            'Your claim lapsed at %{time} after %{minutes} minutes without activity; the order went back to the queue',
          lease_expired:
            'The claim of %{assignee} lapsed at %{time} after a period without activity; the order went back to the queue',
          action_by: '%{actor} did “%{action}” on this order at %{time}',
          unknown: 'Somebody else has updated this order',
        },
        holder: {
          banner: '%{name} has been reviewing this order since %{time}',
          since: 'since %{time}',
          lease_until: 'Claim held until %{time} (renewed while you work)',
        },
        draft: {
          restored: 'Your unsent draft was restored',
          stale:
            'You left an unsent draft on submission %{revision} of this order (this is submission %{current})',
          use_stale: 'Use that draft',
          discard: 'Discard',
        },
        system: 'System',
      },
    },
  },
);
