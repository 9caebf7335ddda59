import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { zh } from '../i18n/zh';

export const DEFAULT_LOCALE = 'zh-CN';
export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/**
 * Chinese first, English second. The chosen locale is remembered by react-admin's store (key
 * `locale`), which switches this provider on start (loading English first when it is the choice). A new provider per app instance: the polyglot
 * instance holds the current locale.
 */
export function createI18nProvider(): I18nProvider {
  // English, the second language, loads when first chosen: Chinese readers never download it.
  const messages = (locale: string) =>
    locale === 'en' ? import('../i18n/en').then((module) => module.en) : zh;
  return polyglotI18nProvider(messages, DEFAULT_LOCALE, LOCALES, { allowMissing: true });
}
