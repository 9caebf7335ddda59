/** The shape of an app catalog: the same keys as the Chinese one, with string leaves. */
export type CatalogShape<T> = {
  [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]>;
};

/** Province names for a catalog, keyed by the GB/T 2260 prefix. */
export function provinceNames(
  provinces: readonly { code: string; zh: string; en: string }[],
  lang: 'zh' | 'en',
): Record<string, string> {
  return Object.fromEntries(provinces.map((p) => [p.code, p[lang]]));
}
