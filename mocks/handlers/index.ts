import type { HttpHandler } from 'msw';
import { unknownRoute } from '../http/route';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { callHandlers } from './calls';
import { devHandlers } from './dev';
import { materialHandlers } from './materials';
import { checkHandlers } from './checks';
import { lookupHandlers } from './lookup';
import { orderHandlers } from './orders';
import { revealHandlers } from './reveal';
import { qaHandlers } from './qa';
import { reasonHandlers } from './reasons';
import { statsHandlers } from './stats';
import { userHandlers } from './users';

/** Every route of the mock API; anything else under /api is 404 (the last handler). */
export const handlers: HttpHandler[] = [
  ...authHandlers,
  ...orderHandlers,
  ...revealHandlers,
  ...lookupHandlers,
  ...checkHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...materialHandlers,
  ...callHandlers,
  ...reasonHandlers,
  ...devHandlers,
  ...statsHandlers,
  ...qaHandlers,
  unknownRoute,
];
