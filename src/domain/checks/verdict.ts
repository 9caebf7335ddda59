import ruleset from '../rules/ruleset.json';
import type { CheckResult, CheckStatus } from '../types';

/**
 * What one rule decides about one value: a status and a message in both languages. The rule
 * functions return these; `runChecks` adds the id, the field or material and the rule-set version.
 */
export interface Verdict {
  status: CheckStatus;
  zh: string;
  en: string;
}

/** Every result records the rule set it ran under, so an audit later knows which rules applied. */
export const RULESET_VERSION: string = ruleset.version;

export const pass = (zh: string, en: string): Verdict => ({ status: 'pass', zh, en });
export const warn = (zh: string, en: string): Verdict => ({ status: 'warn', zh, en });
export const fail = (zh: string, en: string): Verdict => ({ status: 'fail', zh, en });

export interface Target {
  field?: string;
  materialId?: string;
}

export function toResult(
  id: string,
  verdict: Verdict,
  target: Target,
  blocking = true,
): CheckResult {
  return {
    id,
    status: verdict.status,
    blocking,
    message: verdict.zh,
    messageEn: verdict.en,
    ...(target.field ? { field: target.field } : {}),
    ...(target.materialId ? { materialId: target.materialId } : {}),
    ruleSetVersion: RULESET_VERSION,
  };
}
