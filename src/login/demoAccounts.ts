import type { Role } from '../domain/types';

/** The mock backend's demo accounts (api.md), offered on the sign-in page in demo mode only. */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ACCOUNTS: readonly { username: string; role: Role }[] = [
  { username: 'reviewer1', role: 'reviewer' },
  { username: 'reviewer2', role: 'reviewer' },
  { username: 'supervisor1', role: 'supervisor' },
  { username: 'support1', role: 'support' },
];
