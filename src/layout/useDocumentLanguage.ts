import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/** Keeps `<html lang>` in step with the chosen language (screen readers, CJK line breaking). */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
