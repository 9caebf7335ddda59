import { defineMessages } from '../i18n/catalog';

/** The shortcut registry's messages (`app.keyboard.*`): the help overlay and what each key does. */
export const keyboardMessages = defineMessages(
  {
    app: {
      keyboard: {
        title: '键盘快捷键',
        typing:
          '在输入框中打字时快捷键不生效；对话框打开时只有该对话框的快捷键和 Ctrl 组合键生效。',
        help: '显示快捷键帮助',
        groups: {
          general: '通用',
          queue: '审核队列',
          order: '订单审核',
          call: '电话核验',
          viewer: '材料核对',
          reject: '驳回订单',
          approve: '审核通过',
          reject_material: '驳回材料',
        },
        queue: {
          next_row: '下一行',
          previous_row: '上一行',
          open_row: '打开选中的订单',
          claim_next: '领取下一单',
        },
        order: {
          view_materials: '核对材料（从第一份未审材料开始）',
          log_call: '记录通话（光标移到通话结果）',
          approve: '审核通过（打开确认）',
          reject: '驳回订单（选择原因）',
          next_order: '领取并打开下一单',
          approve_blocked: '还不能审核通过：%{count} 项未完成',
        },
        call: {
          outcome_number: '在通话结果上：按数字选择结果',
          outcome_arrows: '在通话结果上：切换结果',
          confirm_all: '在通话结果上：勾选 / 取消全部核实要点',
          submit: '在通话结果上：记录本次通话',
        },
        reject: {
          search: '输入以搜索原因，↑ / ↓ 选择，Enter 添加',
          send: '确认驳回',
        },
        approve: {
          confirm: '确认提交管局（焦点在确认按钮上）',
        },
        reject_material: {
          pick: '↑ / ↓ 选择原因，Enter 确定',
          send: '确认驳回材料',
        },
        close: '关闭对话框',
      },
    },
  },
  {
    app: {
      keyboard: {
        title: 'Keyboard shortcuts',
        typing:
          'Shortcuts do nothing while you type in a field; while a dialog is open, only its own shortcuts and Ctrl combinations work.',
        help: 'Show the keyboard help',
        groups: {
          general: 'General',
          queue: 'Review queue',
          order: 'Order review',
          call: 'Phone check',
          viewer: 'Material check',
          reject: 'Reject the order',
          approve: 'Approve',
          reject_material: 'Reject a material',
        },
        queue: {
          next_row: 'Next row',
          previous_row: 'Previous row',
          open_row: 'Open the selected order',
          claim_next: 'Claim the next order',
        },
        order: {
          view_materials: 'Check the materials (from the first unchecked one)',
          log_call: 'Log a call (focus on the call outcome)',
          approve: 'Approve (opens the confirmation)',
          reject: 'Reject the order (choose reasons)',
          next_order: 'Claim and open the next order',
          approve_blocked: 'Cannot approve yet: %{count} items still open',
        },
        call: {
          outcome_number: 'On the call outcome: pick an outcome by its number',
          outcome_arrows: 'On the call outcome: change the outcome',
          confirm_all: 'On the call outcome: tick / untick all script points',
          submit: 'On the call outcome: log this call',
        },
        reject: {
          search: 'Type to search reasons, ↑ / ↓ to choose, Enter to add',
          send: 'Reject the order',
        },
        approve: {
          confirm: 'Confirm and submit to the bureau (the focus is on the confirm button)',
        },
        reject_material: {
          pick: '↑ / ↓ to choose a reason, Enter to take it',
          send: 'Reject the material',
        },
        close: 'Close the dialog',
      },
    },
  },
);
