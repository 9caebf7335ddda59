import type { User } from '../domain/types';
import { roleCanAccess } from './accessControl';
import { readAuth } from './authStorage';

/**
 * The signed-in user as the stored session has it: what `getIdentity` and `getPermissions` answer,
 * read synchronously. The queue renders its first frame with it instead of waiting for the two
 * permission queries (each a render pass on these machines). Pages render only once CoreAdminUI has
 * confirmed the session, and a role never changes within a session (signing out unmounts them).
 */
export function useSessionUser(): User | null {
  return readAuth()?.user ?? null;
}

/** `canAccess` for the stored session's role, answered at once (the same rules as the provider's). */
export function useSessionCan(resource: string, action: string): boolean {
  return roleCanAccess(useSessionUser()?.role, resource, action);
}
