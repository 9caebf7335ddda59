import { describe, expect, it } from 'vitest';
import { hashRoute, opensOnQueue } from '../../src/orders/queueRoute';

describe('which address opens the queue (the queue is fetched first only for these)', () => {
  it.each([
    ['#/orders', true],
    ['#/orders?filter=%7B%22province%22%3A%2244%22%7D&page=2', true],
    ['#/orders/ORD-1', false],
    ['#/orders/ORD-1/show', false],
    ['#/dashboard', false],
    ['#/login', false],
    ['#/', false],
    ['', false],
  ])('%s → %s', (hash, expected) => {
    expect(opensOnQueue(hash)).toBe(expected);
  });

  it('splits the path from the query the list reads its parameters from', () => {
    expect(hashRoute('#/orders?page=2&perPage=50')).toEqual({
      path: '/orders',
      search: 'page=2&perPage=50',
    });
    expect(hashRoute('')).toEqual({ path: '/', search: undefined });
  });
});
