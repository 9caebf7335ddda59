import { ACTION_RULES, ORDER_ACTIONS, type OrderAction } from '../domain/status';
import type { Role } from '../domain/types';

/**
 * What each role may reach in the console, for react-admin's `canAccess`. Order actions defer to the
 * domain's action rules (the same ones the API enforces); per-order checks (assignee, status) are made
 * where the order is known, with `allowedActions`.
 */
const READ = ['list', 'show'] as const;

const READABLE: Readonly<Record<Role, readonly string[]>> = {
  // `dashboard` is a reviewer's own numbers; `audit_log`, `workload` the supervisor's pages.
  reviewer: [
    'orders',
    'users',
    'materials',
    'calls',
    'reasons',
    'audit_events',
    'qa_reviews',
    'dashboard',
  ],
  supervisor: [
    'orders',
    'users',
    'materials',
    'calls',
    'reasons',
    'audit_events',
    'qa_reviews',
    'dashboard',
    'audit_log',
    'workload',
  ],
  // Support answers applicants' questions: it reads orders (masked by the server), never the audit.
  support: ['orders', 'users', 'materials', 'calls', 'reasons'],
};

function isOrderAction(action: string): action is OrderAction {
  return (ORDER_ACTIONS as readonly string[]).includes(action);
}

export function roleCanAccess(role: Role | null | undefined, resource: string, action: string) {
  if (!role) return false;
  if (!READABLE[role].includes(resource)) return false;
  if ((READ as readonly string[]).includes(action)) return true;
  if (resource === 'orders' && isOrderAction(action)) {
    return ACTION_RULES[action].roles.includes(role);
  }
  return false;
}
