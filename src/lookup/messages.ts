import { defineMessages } from '../i18n/catalog';

/** The global lookup box in the app bar and its results. */
export const lookupMessages = defineMessages(
  {
    app: {
      lookup: {
        label: '查找订单',
        placeholder: '订单号、域名、主体名称、电话、证件号、备案号',
        shortcut_hint: '按 / 或 Ctrl+K 查找',
        shortcut: '查找订单（订单号、域名、电话、证件号…）',
        too_short: '请至少输入 2 个字符',
        searching: '正在查找…',
        none: '没有找到与“%{query}”匹配的订单',
        failed: '查找失败：%{error}',
        results: '查找结果',
        summary: '%{total} 个订单 · %{groups} 个主体',
        truncated: '仅显示最相关的 %{shown} 个，请输入更完整的信息缩小范围',
        subject_orders: '%{count} 个订单',
        open: '打开订单 %{id}',
        keyboard_hint: '↑↓ 选择 · Enter 打开 · Esc 关闭',
        matched_on: {
          order_id: '订单号',
          filing_number: '备案号',
          certificate: '证件号码',
          phone: '电话',
          domain: '域名',
          name: '主体名称',
          certificate_suffix: '证件号后几位',
          phone_suffix: '电话后几位',
          domain_partial: '域名部分',
          name_partial: '名称部分',
        },
      },
    },
  },
  {
    app: {
      lookup: {
        label: 'Find an order',
        placeholder: 'Order no., domain, subject, phone, ID no., filing no.',
        shortcut_hint: 'Press / or Ctrl+K to search',
        shortcut: 'Look up an order (number, domain, phone, certificate…)',
        too_short: 'Type at least 2 characters',
        searching: 'Searching…',
        none: 'No order matches “%{query}”',
        failed: 'The search failed: %{error}',
        results: 'Search results',
        summary: '%{total} orders · %{groups} subjects',
        truncated: 'Showing the %{shown} best matches; type more to narrow it down',
        subject_orders: '%{count} orders',
        open: 'Open order %{id}',
        keyboard_hint: '↑↓ select · Enter open · Esc close',
        matched_on: {
          order_id: 'Order number',
          filing_number: 'Filing number',
          certificate: 'Certificate number',
          phone: 'Phone',
          domain: 'Domain',
          name: 'Subject name',
          certificate_suffix: 'Last digits of a certificate',
          phone_suffix: 'Last digits of a phone',
          domain_partial: 'Part of a domain',
          name_partial: 'Part of a name',
        },
      },
    },
  },
);
