import { reasonByCode } from '../../src/domain/reasons';
import { pathSegments } from '../../src/domain/resubmission';
import type { FieldChange, Order } from '../../src/domain/types';

/**
 * Resubmissions in the mock: what a seeded revision 2, 3… changed since the rejected one, and the
 * fixes a simulated applicant makes for the reasons they were given (`POST /api/_dev/resubmit`).
 * A reason that points at a material means a new upload.
 */

function read(order: Order, path: string): string | null {
  let node: unknown = order;
  for (const segment of pathSegments(path)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[segment];
  }
  if (Array.isArray(node)) return node.join(', ');
  return typeof node === 'string' ? node : null;
}

const BANNED = /中国|国家|论坛|平台|网站|社区|工作室/g;

/** The applicant's fix of one reason: a field and its new value (null when it has none). */
function fixOf(
  order: Order,
  code: string,
  field: string | undefined,
): { field: string; value: string } | null {
  const path = field ?? reasonByCode(code)?.target?.ref.replace('[]', '[0]');
  if (!path) return null;
  const current = read(order, path);
  if (current === null) return null;
  if (path.endsWith('.name') && path.startsWith('websites')) {
    const cleaned = current.replace(BANNED, '');
    return {
      field: path,
      value: cleaned.length >= 3 && cleaned !== current ? cleaned : `${cleaned}随笔`,
    };
  }
  if (/mobile|Phone/.test(path)) {
    const digits = current.replace(/\D/g, '');
    return { field: path, value: `139${digits.slice(-8).split('').reverse().join('')}` };
  }
  if (/certificateNumber|name|Address|address/.test(path)) return null;
  return null;
}

/** The fixes a simulated applicant makes for the last rejection, always at least a remark. */
export function applicantFixes(order: Order): { field: string; value: string }[] {
  const last = order.rejections.at(-1);
  const fixes = (last?.reasons ?? []).flatMap((r) => fixOf(order, r.code, r.field) ?? []);
  const unique = new Map(fixes.map((f) => [f.field, f]));
  unique.set('subject.remark', {
    field: 'subject.remark',
    value: `已按第 ${order.revision} 版审核意见修改`,
  });
  return [...unique.values()];
}

function faultyBefore(order: Order, path: string, current: string): string | null {
  if (path.startsWith('websites') && path.endsWith('.name')) return `${current}论坛`;
  if (path.endsWith('emergencyPhone')) return order.subjectPrincipal.mobile;
  if (/mobile/.test(path))
    return `${current.slice(0, 3)}${current.slice(3).split('').reverse().join('')}`;
  if (path.endsWith('domains')) return current;
  return null;
}

/**
 * A seeded resubmission's changes since the rejected revision: for each reason of the last
 * rejection, the field it pointed at as it was (a faulty value the reason explains) and as it is
 * now; a reason about a material shows the new upload.
 */
export function seededRevisionChanges(order: Order): FieldChange[] | undefined {
  const last = order.rejections.at(-1);
  if (order.revision < 2 || !last) return undefined;
  const changes = new Map<string, FieldChange>();
  for (const reason of last.reasons) {
    const target = reasonByCode(reason.code)?.target;
    if (target?.kind === 'material') {
      const field = `materials.${target.ref}`;
      changes.set(field, {
        field,
        before: `第 ${last.revision} 版`,
        after: `第 ${order.revision} 版（重新上传）`,
      });
      continue;
    }
    const path = reason.field ?? target?.ref.replace('[]', '[0]');
    const current = path ? read(order, path) : null;
    if (!path || current === null) continue;
    const before = faultyBefore(order, path, current);
    if (before !== null && before !== current)
      changes.set(path, { field: path, before, after: current });
  }
  return [...changes.values()];
}
