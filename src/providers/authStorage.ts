import type { Role, User } from '../domain/types';

/** The signed-in session, kept in localStorage under one key so that a reload keeps the user in. */
export const AUTH_STORAGE_KEY = 'beian.auth';

export interface StoredAuth {
  token: string;
  user: User;
}

const ROLES: readonly Role[] = ['reviewer', 'supervisor', 'support'];

function isStoredAuth(value: unknown): value is StoredAuth {
  if (typeof value !== 'object' || value === null) return false;
  const { token, user } = value as Partial<StoredAuth>;
  return (
    typeof token === 'string' &&
    token.length > 0 &&
    typeof user === 'object' &&
    user !== null &&
    typeof user.id === 'string' &&
    typeof user.name === 'string' &&
    ROLES.includes(user.role)
  );
}

export function readAuth(): StoredAuth | null {
  try {
    const raw = localStorage.getItem(AUTH_STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isStoredAuth(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeAuth(auth: StoredAuth): void {
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(auth));
}

export function clearAuth(): void {
  localStorage.removeItem(AUTH_STORAGE_KEY);
}
