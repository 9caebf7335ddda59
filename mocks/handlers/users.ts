import type { User } from '../../src/domain/types';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { badQuery, notFound } from '../http/errors';
import {
  isOneOf,
  isString,
  oneOrMany,
  parseListQuery,
  respondList,
  sortBy,
} from '../http/listQuery';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';

/** Staff accounts, for assignment and filters. Read-only. */

const USER_SORT_FIELDS = ['id', 'username', 'name', 'role'] as const;

export const userHandlers = [
  route('get', '/api/users', ({ request, url }) => {
    authenticate(request);
    const query = parseListQuery(url, {
      sortFields: USER_SORT_FIELDS,
      defaultSort: { field: 'id', direction: 'ASC' },
      filterFields: ['id', 'role', 'q'],
    });
    const ids = oneOrMany(query.filter, 'id', isString, 'a user id');
    const roles = oneOrMany(
      query.filter,
      'role',
      isOneOf(['reviewer', 'supervisor', 'support']),
      'a role',
    );
    const q = query.filter.q;
    if (q !== undefined && typeof q !== 'string') throw badQuery('filter', 'q must be a string');
    const needle = typeof q === 'string' ? q.trim().toLowerCase() : '';
    const tests: ((user: User) => boolean)[] = [];
    if (ids) tests.push((user) => ids.has(user.id));
    if (roles) tests.push((user) => roles.has(user.role));
    if (needle) tests.push((user) => user.username.includes(needle) || user.name.includes(needle));
    return respondList(
      'users',
      sortBy(db.users, query.sort.field, query.sort.direction),
      tests,
      query.range,
    );
  }),
  otherMethods('/api/users', ['GET']),
  route('get', '/api/users/:id', ({ request, params }) => {
    authenticate(request);
    const user = db.user(params.id ?? '');
    if (!user) throw notFound('User');
    return json(user);
  }),
  otherMethods('/api/users/:id', ['GET']),
];
