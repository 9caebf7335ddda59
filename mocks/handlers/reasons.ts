import { REJECTION_REASONS, type RejectionReasonTemplate } from '../../src/domain/reasons';
import { authenticate } from '../http/auth';
import { badQuery, notFound } from '../http/errors';
import { isString, oneOrMany, parseListQuery, respondList, sortBy } from '../http/listQuery';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';

/** The rejection-reason catalog (src/domain/reasons.ts); `id` is the code, for react-admin. */

type ReasonRecord = RejectionReasonTemplate & { id: string };

const RECORDS: readonly ReasonRecord[] = REJECTION_REASONS.map((reason) => ({
  id: reason.code,
  ...reason,
}));

export const reasonHandlers = [
  route('get', '/api/reasons', ({ request, url }) => {
    authenticate(request);
    const query = parseListQuery(url, {
      sortFields: ['id', 'code', 'category'] as const,
      defaultSort: { field: 'id', direction: 'ASC' },
      filterFields: ['id', 'code', 'category', 'q'],
    });
    const { filter } = query;
    const tests: ((reason: ReasonRecord) => boolean)[] = [];
    const ids = oneOrMany(filter, 'id', isString, 'a reason code');
    const codes = oneOrMany(filter, 'code', isString, 'a reason code');
    const categories = oneOrMany(filter, 'category', isString, 'a category');
    if (ids) tests.push((reason) => ids.has(reason.id));
    if (codes) tests.push((reason) => codes.has(reason.code));
    if (categories) tests.push((reason) => categories.has(reason.category));
    if (filter.q !== undefined) {
      if (typeof filter.q !== 'string') throw badQuery('filter', 'q must be a string');
      const needle = filter.q.trim().toLowerCase();
      tests.push((reason) =>
        [reason.code, reason.titleZh, reason.titleEn].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      );
    }
    // Without an explicit sort the catalog keeps its own order (grouped as the reviewer reads it).
    const sorted = url.searchParams.has('sort')
      ? sortBy(RECORDS, query.sort.field, query.sort.direction)
      : RECORDS;
    return respondList('reasons', sorted, tests, query.range);
  }),
  otherMethods('/api/reasons', ['GET']),
  route('get', '/api/reasons/:id', ({ request, params }) => {
    authenticate(request);
    const reason = RECORDS.find((r) => r.id === params.id);
    if (!reason) throw notFound('Reason');
    return json(reason);
  }),
  otherMethods('/api/reasons/:id', ['GET']),
];
