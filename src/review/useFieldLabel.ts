import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { pathSegments } from '../domain/resubmission';

/** A field path of the order (`websites[0].principal.mobile`) in the reviewer's words. */
export function useFieldLabel() {
  const translate = useTranslate();
  return useCallback(
    (path: string): string => {
      const s = pathSegments(path);
      const t = (key: string, fallback: string) => translate(key, { _: fallback });
      const leaf = String(s.at(-1) ?? path);
      switch (s[0]) {
        case 'verification':
        case 'subject':
          return `${t(`app.review.fields.${s[0]}`, s[0])} · ${t(`resources.orders.${s[0]}.${leaf}`, leaf)}`;
        case 'subjectPrincipal':
          return `${t('app.review.fields.subjectPrincipal', s[0])} · ${t(`resources.orders.principal.${leaf}`, leaf)}`;
        case 'cloudResource':
          return `${t('app.review.fields.cloudResource', s[0])} · ${t(`resources.orders.cloud.${leaf}`, leaf)}`;
        case 'materials':
          return `${t('app.review.fields.materials', s[0])} · ${t(`resources.materials.enums.kind.${leaf}`, leaf)}`;
        case 'websites': {
          const site = translate('app.review.fields.website', { index: Number(s[1] ?? 0) + 1 });
          return s[2] === 'principal'
            ? `${site} · ${t('app.review.fields.sitePrincipal', 'principal')} · ${t(`resources.orders.principal.${leaf}`, leaf)}`
            : `${site} · ${t(`resources.orders.website.${leaf}`, leaf)}`;
        }
        default:
          return t(`resources.orders.fields.${leaf}`, path);
      }
    },
    [translate],
  );
}
