import { defineMessages } from '../i18n/catalog';

/** The support view of an order: where it stands in plain words, for an applicant on the phone. */
export const supportMessages = defineMessages(
  {
    app: {
      support: {
        title: '客服视图',
        tab_hint: '向申请人解释订单进度时使用（只读，个人信息已遮盖）',
        outlook: '进度说明',
        stage: {
          pending_review: '订单已提交，正在排队等待初审。',
          in_review: '审核专员正在进行初审，可能会致电申请人核实信息。',
          rejected: '初审未通过，订单已退回申请人修改。',
          bureau_pending: '初审已通过，订单已提交至%{province}通信管理局审核。',
          bureau_approved: '管局审核已通过，备案号已下发：%{numbers}。',
          bureau_rejected: '管局审核未通过：%{reason}',
        },
        next: {
          initial_review:
            '下一步：审核专员完成初审，预计 %{date} 前完成（初审时限 %{days} 个工作日）。',
          initial_review_late: '下一步：初审已超过时限（应于 %{date} 前完成），正在优先处理。',
          applicant_fixes:
            '下一步：申请人按驳回通知修改信息或材料后重新提交，重新提交后 1 个工作日内完成初审。',
          bureau_review:
            '下一步：等待管局审核结果，预计 %{date} 前给出（管局时限 %{days} 个工作日）。',
          bureau_review_late:
            '下一步：管局审核已超过预计时间（%{date}），可提醒申请人留意管局短信。',
          done: '下一步：无需操作。网站可开通，并在首页底部展示备案号。',
          file_again: '下一步：申请人按管局意见修改后重新提交备案。',
          no_calendar: '预计完成日期暂无法计算（节假日安排未公布）。',
        },
        expected: '预计完成',
        working_days_left: '还有 %{days} 个工作日',
        due_today: '今天到期',
        working_days_late: '已超出 %{days} 个工作日',
        messages: '申请人收到的通知',
        no_messages: '申请人尚未收到驳回通知。',
        notice_title: '第 %{revision} 版 · 驳回通知 · %{date}',
        sms: '短信',
        email: '邮件',
        show_email: '展开邮件全文',
        hide_email: '收起邮件全文',
        history: '修改记录',
        revision_submitted: '第 %{revision} 版（当前）· 提交于 %{date}',
        revision_rejected: '第 %{revision} 版 · 于 %{date} 驳回：%{reasons}',
        changes: '本次重新提交修改了 %{count} 处',
        no_history: '首次提交，没有修改记录。',
        same_subject: '该主体的其他订单',
        no_same_subject: '该主体没有其他订单。',
      },
    },
  },
  {
    app: {
      support: {
        title: 'Support view',
        tab_hint: 'For explaining the order to the applicant (read only, personal data masked)',
        outlook: 'Where it stands',
        stage: {
          pending_review:
            'The order was submitted and is waiting in the queue for the initial review.',
          in_review: 'A review specialist is doing the initial review and may call the applicant.',
          rejected: 'The initial review returned the order to the applicant for changes.',
          bureau_pending: 'The initial review passed; the order is with the %{province} bureau.',
          bureau_approved: 'The bureau approved the filing; filing numbers issued: %{numbers}.',
          bureau_rejected: 'The bureau did not approve the filing: %{reason}',
        },
        next: {
          initial_review:
            'Next: the initial review ends by %{date} (it takes %{days} working day at most).',
          initial_review_late:
            'Next: the initial review is past its deadline (%{date}) and is being prioritised.',
          applicant_fixes:
            'Next: the applicant fixes what the notice lists and resubmits; the review then takes 1 working day.',
          bureau_review:
            'Next: the result from the bureau is expected by %{date} (it takes %{days} working days).',
          bureau_review_late:
            'Next: the bureau is past the expected date (%{date}); the applicant should watch for its SMS.',
          done: 'Next: nothing to do. The site may open and show its filing number in the footer.',
          file_again: 'Next: the applicant files again after fixing what the bureau pointed out.',
          no_calendar: 'The expected date cannot be computed yet (holiday schedule not published).',
        },
        expected: 'Expected by',
        working_days_left: '%{days} working days left',
        due_today: 'Due today',
        working_days_late: '%{days} working days late',
        messages: 'Messages the applicant received',
        no_messages: 'The applicant has received no rejection notice.',
        notice_title: 'Revision %{revision} · rejection notice · %{date}',
        sms: 'SMS',
        email: 'E-mail',
        show_email: 'Show the whole e-mail',
        hide_email: 'Hide the e-mail',
        history: 'Revision history',
        revision_submitted: 'Revision %{revision} (current) · submitted %{date}',
        revision_rejected: 'Revision %{revision} · rejected %{date}: %{reasons}',
        changes: 'This resubmission changed %{count} fields',
        no_history: 'First submission; no revisions yet.',
        same_subject: 'Other orders of this subject',
        no_same_subject: 'This subject has no other orders.',
      },
    },
  },
);
