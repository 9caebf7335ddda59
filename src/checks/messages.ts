import { defineMessages } from '../i18n/catalog';

/** The automatic checks: the order page's checklist and the queue's column and filter. */
export const checkMessages = defineMessages(
  {
    app: {
      checks: {
        title: '自动检查',
        summary: '%{fail} 项未通过 · %{warn} 项需留意 · %{pass} 项通过',
        rerun: '重新检查',
        rerun_done: '已重新运行自动检查',
        rerun_failed: '重新检查失败：%{error}',
        locate: '定位',
        locate_label: '定位到相关字段：%{message}',
        blocking: '阻断审批',
        status: { fail: '未通过', warn: '需留意', pass: '通过' },
        show_passed: '显示 %{count} 项通过',
        hide_passed: '收起通过项',
        none: '暂无检查结果',
        all_passed: '全部检查通过',
        ruleset: '规则版本 %{version}',
        failing_count: '%{count} 项未通过',
        filter: { label: '自动检查', failing: '有未通过项', passing: '全部通过' },
        column: '检查',
      },
    },
  },
  {
    app: {
      checks: {
        title: 'Automatic checks',
        summary: '%{fail} failed · %{warn} to note · %{pass} passed',
        rerun: 'Run checks again',
        rerun_done: 'The automatic checks ran again',
        rerun_failed: 'Could not run the checks again: %{error}',
        locate: 'Go to field',
        locate_label: 'Go to the field: %{message}',
        blocking: 'Blocks approval',
        status: { fail: 'Failed', warn: 'To note', pass: 'Passed' },
        show_passed: 'Show %{count} passed',
        hide_passed: 'Hide passed',
        none: 'No check results yet',
        all_passed: 'Every check passed',
        ruleset: 'Rule set %{version}',
        failing_count: '%{count} failed',
        filter: { label: 'Automatic checks', failing: 'Some failed', passing: 'All passed' },
        column: 'Checks',
      },
    },
  },
);
