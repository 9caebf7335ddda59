import { lazyPage } from '../lazyPages';

/** The audit trail as a read-only resource: a list, nothing to create, edit or delete. */
export default {
  list: lazyPage(
    () => import('./AuditLogList'),
    (m) => m.AuditLogList,
  ),
};
