import { AuditLogList } from './AuditLogList';

/** The audit trail as a read-only resource: a list, nothing to create, edit or delete. */
export default {
  list: AuditLogList,
};
