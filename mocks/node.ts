import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API inside Node (Vitest): intercepts fetch to any origin's `/api/...`. */
export const server = setupServer(...handlers);
