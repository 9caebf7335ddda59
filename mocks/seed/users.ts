import type { User } from '../../src/domain/types';

/** The demo accounts (api.md): every one signs in with the password `demo1234`. */
export const DEMO_PASSWORD = 'demo1234';

export const USERS: readonly User[] = [
  { id: 'u-reviewer1', username: 'reviewer1', name: '王晓燕', role: 'reviewer' },
  { id: 'u-reviewer2', username: 'reviewer2', name: '李建国', role: 'reviewer' },
  { id: 'u-reviewer3', username: 'reviewer3', name: '张敏', role: 'reviewer' },
  { id: 'u-reviewer4', username: 'reviewer4', name: '陈思远', role: 'reviewer' },
  { id: 'u-supervisor1', username: 'supervisor1', name: '刘海涛', role: 'supervisor' },
  { id: 'u-support1', username: 'support1', name: '赵丽', role: 'support' },
];
