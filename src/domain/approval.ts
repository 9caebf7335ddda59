import { hasConnectedCall } from './callPolicy';
import type { CallAttempt, CheckResult, Material } from './types';

/**
 * What an approval needs (api.md `approve`): a connected call in this revision, every material of this
 * revision accepted, and every failing blocking check overridden with a written justification.
 */

export type UnmetCode = 'NO_CONNECTED_CALL' | 'MATERIAL_NOT_ACCEPTED' | 'CHECK_FAILED';

export interface Unmet {
  code: UnmetCode;
  checkId?: string;
  materialId?: string;
}

export interface CheckOverride {
  checkId: string;
  justification: string;
}

export function approvalUnmet(input: {
  revision: number;
  checks: readonly CheckResult[];
  calls: readonly CallAttempt[];
  materials: readonly Material[];
  overrides?: readonly CheckOverride[];
}): Unmet[] {
  const unmet: Unmet[] = [];
  if (!hasConnectedCall(input.calls, input.revision)) unmet.push({ code: 'NO_CONNECTED_CALL' });
  for (const material of input.materials) {
    if (material.revision === input.revision && material.verdict !== 'accepted') {
      unmet.push({ code: 'MATERIAL_NOT_ACCEPTED', materialId: material.id });
    }
  }
  const justified = new Set(
    (input.overrides ?? []).filter((o) => o.justification.trim().length > 0).map((o) => o.checkId),
  );
  for (const check of input.checks) {
    if (check.status === 'fail' && check.blocking && !justified.has(check.id)) {
      unmet.push({
        code: 'CHECK_FAILED',
        checkId: check.id,
        ...(check.materialId ? { materialId: check.materialId } : {}),
      });
    }
  }
  return unmet;
}
