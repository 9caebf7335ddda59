import { localStorageStore, type Store } from 'react-admin';

/**
 * react-admin's store in localStorage (language, theme, list parameters), under one name and
 * version. The sign-in form shown before the console loads reads and writes the language there too,
 * so the console opens in the language chosen on it.
 */
export function createConsoleStore(): Store {
  return localStorageStore('1', 'beian');
}
