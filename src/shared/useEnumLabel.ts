import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The label of an enumerated value, from `resources.<resource>.enums.<name>.<value>`; an unknown
 * value (a newer server) shows as it is rather than as a raw key.
 */
export function useEnumLabel() {
  const translate = useTranslate();
  return useCallback(
    (resource: string, name: string, value: string | null | undefined): string =>
      value === null || value === undefined || value === ''
        ? ''
        : translate(`resources.${resource}.enums.${name}.${value}`, { _: value }),
    [translate],
  );
}
