import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function valueAt(catalog: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalog,
    );
}

describe('message catalogs', () => {
  it('zh and en have exactly the same keys', () => {
    expect(leafKeys(zh).sort()).toEqual(leafKeys(en).sort());
  });

  it('translates every react-admin message into Chinese', () => {
    const raKeys = leafKeys(englishMessages);
    expect(raKeys.length).toBeGreaterThan(100);
    expect(raKeys.filter((key) => typeof valueAt(zh, key) !== 'string')).toEqual([]);
    // Left in English: any message with a Latin word that the Chinese catalog copied unchanged.
    const untranslated = raKeys.filter((key) => {
      const english = valueAt(englishMessages, key);
      const words = typeof english === 'string' ? english.replace(/%\{\w+\}/g, '') : '';
      return /[a-z]{2}/i.test(words) && valueAt(zh, key) === english;
    });
    expect(untranslated).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = (catalog: unknown) =>
      leafKeys(catalog).filter((key) => valueAt(catalog, key) === '');
    expect([...empty(zh), ...empty(en)]).toEqual([]);
  });
});
