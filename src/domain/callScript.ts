import type { CallOutcome } from './types';

/**
 * The review call (domain.md §1, "Tencent's initial review (by phone)"): the outcomes a reviewer
 * records and the points of the call script the applicant confirms on a connected call.
 */

export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'connected',
  'no_answer',
  'busy',
  'powered_off',
  'invalid_number',
  'declined',
];

export const CALL_SCRIPT_POINTS = [
  'identity',
  'filed_this_order',
  'website_purpose',
  'contact_details',
] as const;
export type CallScriptPoint = (typeof CALL_SCRIPT_POINTS)[number];
