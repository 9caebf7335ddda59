import { describe, expect, it } from 'vitest';
import { approvalUnmet } from '../../src/domain/approval';
import {
  callAllowedNow,
  callbackDue,
  nextCallAllowedAt,
  spacedUnansweredAttempts,
  unreachableRejectionAllowed,
} from '../../src/domain/callPolicy';
import type { CallAttempt, CallOutcome, CheckResult, Material } from '../../src/domain/types';

const call = (at: string, outcome: CallOutcome, revision = 1): CallAttempt => ({
  id: `c-${at}`,
  orderId: 'BA2611270001',
  revision,
  at: `2026-11-27T${at}:00+08:00`,
  callerId: 'u-reviewer1',
  outcome,
  note: '',
});
const at = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00+08:00`);

describe('call-back interval (60 minutes)', () => {
  const calls = [call('10:00', 'no_answer')];
  it('refuses before, allows exactly at and after 60 minutes', () => {
    expect(nextCallAllowedAt(calls, 1)?.toISOString()).toBe(at('11:00').toISOString());
    expect(callAllowedNow(calls, 1, at('10:59'))).toBe(false);
    expect(callAllowedNow(calls, 1, at('11:00'))).toBe(true);
    expect(callAllowedNow(calls, 1, at('11:30'))).toBe(true);
  });

  it('does not hold back the next call after a connected one, nor across revisions', () => {
    expect(nextCallAllowedAt([call('10:00', 'connected')], 1)).toBeNull();
    expect(nextCallAllowedAt(calls, 2)).toBeNull();
  });

  it('marks a call-back as due once the interval has passed', () => {
    expect(callbackDue(calls, 1, at('10:30'))).toBe(false);
    expect(callbackDue(calls, 1, at('11:00'))).toBe(true);
  });
});

describe('applicant unreachable', () => {
  it('needs two unanswered attempts at least an hour apart', () => {
    expect(unreachableRejectionAllowed([call('10:00', 'no_answer')], 1)).toBe(false);
    expect(
      unreachableRejectionAllowed([call('10:00', 'no_answer'), call('10:30', 'busy')], 1),
    ).toBe(false);
    expect(
      unreachableRejectionAllowed([call('10:00', 'no_answer'), call('11:00', 'powered_off')], 1),
    ).toBe(true);
  });

  it('counts only attempts spaced by the interval', () => {
    const calls = [call('09:00', 'busy'), call('09:20', 'busy'), call('10:05', 'declined')];
    expect(spacedUnansweredAttempts(calls, 1)).toBe(2);
  });

  it('ignores attempts of an earlier revision', () => {
    const calls = [call('09:00', 'busy', 1), call('10:00', 'busy', 1)];
    expect(unreachableRejectionAllowed(calls, 2)).toBe(false);
  });
});

describe('approval preconditions', () => {
  const material = (id: string, verdict: Material['verdict']): Material => ({
    id,
    orderId: 'BA2611270001',
    revision: 1,
    kind: 'id_card_front',
    owner: 'subjectPrincipal',
    verdict,
    reasonCode: null,
    note: null,
    extracted: {},
    width: 856,
    height: 540,
    mimeType: 'image/svg+xml',
    uploadedAt: '2026-11-27T09:00:00+08:00',
  });
  const failing: CheckResult = {
    id: 'id_checksum',
    status: 'fail',
    blocking: true,
    message: '',
    ruleSetVersion: '1',
  };

  it('lists every unmet condition', () => {
    expect(
      approvalUnmet({
        revision: 1,
        checks: [failing],
        calls: [call('10:00', 'no_answer')],
        materials: [material('m1', 'accepted'), material('m2', 'pending')],
      }),
    ).toEqual([
      { code: 'NO_CONNECTED_CALL' },
      { code: 'MATERIAL_NOT_ACCEPTED', materialId: 'm2' },
      { code: 'CHECK_FAILED', checkId: 'id_checksum' },
    ]);
  });

  it('accepts a blocking failure only with a written justification', () => {
    const base = {
      revision: 1,
      checks: [failing],
      calls: [call('10:00', 'connected')],
      materials: [material('m1', 'accepted')],
    };
    expect(
      approvalUnmet({ ...base, overrides: [{ checkId: 'id_checksum', justification: ' ' }] }),
    ).toHaveLength(1);
    expect(
      approvalUnmet({
        ...base,
        overrides: [{ checkId: 'id_checksum', justification: '证件号经公安系统核实无误' }],
      }),
    ).toEqual([]);
  });
});
