import { useEffect } from 'react';

/**
 * Keeps `<html lang>` in step with the chosen language (screen readers, CJK line breaking). Takes
 * the locale rather than reading react-admin's, so that the sign-in form shown before react-admin
 * has loaded keeps it too.
 */
export function useDocumentLanguage(locale: string): void {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
