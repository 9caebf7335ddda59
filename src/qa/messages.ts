import { defineMessages } from '../i18n/catalog';

/** Second review (QA): blind verdicts and the supervisor's disagreements. */
export const qaMessages = defineMessages(
  {
    app: {
      menu: { qa: '抽检复核' },
      qa: {
        title: '抽检复核',
        blind_hint: '复核为盲审：给出您的结论之前，看不到初审结论。',
        views: { pending: '待我复核', done: '已复核', disagreements: '结论不一致', all: '全部' },
        columns: {
          orderId: '订单号',
          decidedAt: '初审时间',
          reviewer: '复核人',
          firstReviewer: '初审人',
          firstVerdict: '初审结论',
          verdict: '复核结论',
          note: '复核意见',
          agree: '是否一致',
          status: '复核状态',
          give: '我的复核',
        },
        verdict: { approve: '通过', reject: '驳回' },
        agree: { yes: '一致', no: '不一致' },
        give: { approve: '复核：通过', reject: '复核：驳回', note: '复核意见（可选）' },
        given: '复核结论已提交',
      },
    },
  },
  {
    app: {
      menu: { qa: 'Second review' },
      qa: {
        title: 'Second review',
        blind_hint: 'Blind review: the first verdict stays hidden until you give yours.',
        views: {
          pending: 'Waiting for me',
          done: 'Reviewed',
          disagreements: 'Disagreements',
          all: 'All',
        },
        columns: {
          orderId: 'Order',
          decidedAt: 'First decision at',
          reviewer: 'Second reviewer',
          firstReviewer: 'First reviewer',
          firstVerdict: 'First verdict',
          verdict: 'Second verdict',
          note: 'Note',
          agree: 'Agreement',
          status: 'Review status',
          give: 'My second review',
        },
        verdict: { approve: 'Approve', reject: 'Reject' },
        agree: { yes: 'Agree', no: 'Disagree' },
        give: {
          approve: 'Second verdict: approve',
          reject: 'Second verdict: reject',
          note: 'Note (optional)',
        },
        given: 'Second verdict saved',
      },
    },
  },
);
