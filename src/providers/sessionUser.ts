import type { User } from '../domain/types';
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
