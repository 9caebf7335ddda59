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

type Messages = { [key: string]: string | Messages };

/**
 * A feature's own messages, Chinese and English with the same keys (the type enforces it). Each
 * feature folder keeps its catalog beside its components (`<feature>/messages.ts`) and registers it
 * in `features.ts`, so that features can be added without editing one big file.
 */
export interface FeatureMessages {
  zh: Messages;
  en: Messages;
}

export function defineMessages<T extends Messages>(zh: T, en: CatalogShape<T>): FeatureMessages {
  return { zh, en: en as Messages };
}

/** Deep merge of catalogs; a later catalog may add keys under an existing branch. */
export function mergeMessages<T extends object>(base: T, ...more: Messages[]): T {
  const merge = (target: Messages, source: Messages): Messages => {
    const out: Messages = { ...target };
    for (const [key, value] of Object.entries(source)) {
      const existing = out[key];
      out[key] =
        typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
    return out;
  };
  return more.reduce<Messages>(merge, base as unknown as Messages) as unknown as T;
}
