import { useEffect, useRef } from 'react';
import { useGetIdentity, useTheme } from 'react-admin';

/**
 * The light or dark theme is each user's own choice: remembered per user id in the browser (outside
 * react-admin's store, which signing out clears) and restored when that user signs in again.
 */
const KEY = 'review-console.theme-by-user';
type Mode = 'light' | 'dark';

function readChoices(): Record<string, Mode> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Mode>) : {};
  } catch {
    return {};
  }
}

export function storedTheme(userId: string): Mode {
  return readChoices()[userId] === 'dark' ? 'dark' : 'light';
}

function storeTheme(userId: string, mode: Mode): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readChoices(), [userId]: mode }));
  } catch {
    // Storage full or disabled: the choice lasts this session only.
  }
}

export function useUserTheme(): void {
  const { identity } = useGetIdentity();
  const [theme, setTheme] = useTheme();
  const userId = identity ? String(identity.id) : null;
  // Whose choice the current theme is, and the mode being restored for them: nothing is saved
  // until the restored mode is on screen (else the previous user's mode would be saved as theirs).
  const restoredFor = useRef<string | null>(null);
  const restoring = useRef<Mode | null>(null);

  useEffect(() => {
    if (!userId) return;
    if (restoredFor.current !== userId) {
      restoredFor.current = userId;
      restoring.current = storedTheme(userId);
      if (theme !== restoring.current) {
        setTheme(restoring.current);
        return;
      }
    }
    if (restoring.current !== null) {
      if (theme !== restoring.current) return;
      restoring.current = null;
      return;
    }
    if (theme === 'light' || theme === 'dark') storeTheme(userId, theme);
  }, [userId, theme, setTheme]);
}
