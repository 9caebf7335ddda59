import { defineMessages } from '../i18n/catalog';

/** Masked personal data on the order page and revealing a field with a reason. */
export const privacyMessages = defineMessages(
  {
    app: {
      privacy: {
        reveal: '显示完整信息',
        reveal_field: '显示完整%{field}',
        revealed_for: '%{seconds} 秒后重新遮盖',
        hide: '立即遮盖',
        dialog_title: '查看完整%{field}',
        dialog_intro:
          '个人信息默认遮盖。查看完整内容将记录在审计日志中（查看人、时间、字段和原因）。',
        reason_label: '查看原因',
        reason_other: '其他原因（请填写）',
        reason_help: '2–200 个字',
        reason_required: '请选择或填写查看原因（至少 2 个字）',
        reasons: {
          call: '电话核实申请人',
          materials: '与证件材料核对',
          applicant_request: '申请人来电要求核对',
          bureau: '管局核实要求',
        },
        confirm: '查看',
        failed: '未能显示：%{error}',
        field: '字段',
      },
    },
  },
  {
    app: {
      privacy: {
        reveal: 'Show in full',
        reveal_field: 'Show the full %{field}',
        revealed_for: 'Masked again in %{seconds} s',
        hide: 'Mask now',
        dialog_title: 'Show the full %{field}',
        dialog_intro:
          'Personal data is masked by default. Showing it in full is recorded in the audit log (who, when, which field and why).',
        reason_label: 'Reason',
        reason_other: 'Other reason (please describe)',
        reason_help: '2–200 characters',
        reason_required: 'Choose or type a reason (at least 2 characters)',
        reasons: {
          call: 'Phone check with the applicant',
          materials: 'Comparing with the documents',
          applicant_request: 'The applicant called to verify',
          bureau: 'The bureau asked to verify',
        },
        confirm: 'Show',
        failed: 'Could not show it: %{error}',
        field: 'Field',
      },
    },
  },
);
