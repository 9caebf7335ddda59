import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { TextField, type SxProps, type Theme } from '@mui/material';
import { useInput, useTranslate, useTranslateLabel } from 'react-admin';
import { SEARCH_PAUSE_MS } from './DebouncedSearchInput';
import { useLatest } from './useLatest';

export interface FilterChoice {
  id: string;
  /** A translation key, or the text itself with `translateChoice={false}`. */
  name: string;
}

/** A change that follows a key pressed on the closed select within this long came from the key. */
const KEY_CHANGE_MS = 50;

/**
 * A choice filter on a list's bar: the browser's own select, in the theme's outlined field. The
 * queue's filters are changed dozens of times a day; the browser's list opens and closes without
 * a render of the page, where MUI's menu re-rendered each of its options as it closed (34 for the
 * province), on the main thread the new rows were waiting for. Keyboard, screen readers and type
 * to find work as in every select. "All" (no filter) is the first option.
 *
 * A choice picked from the list applies at once. Arrow keys on the closed select step through the
 * choices one by one, each a change: those wait for a pause, as typing in the search does, so that
 * stepping past ten provinces is one request, not ten (leaving the field applies at once).
 */
export const ChoiceFilterInput = ({
  source,
  label,
  choices,
  translateChoice = true,
  onChange,
  format,
  parse,
  sx,
  disabled,
}: {
  source: string;
  label?: string;
  choices: readonly FilterChoice[];
  translateChoice?: boolean;
  onChange?: (value: string) => void;
  /** The form's value as the select's string, and back (react-admin's input `format`/`parse`). */
  format?: (value: unknown) => string;
  parse?: (value: string) => unknown;
  sx?: SxProps<Theme>;
  disabled?: boolean;
  /** Read by react-admin's filter form. */
  alwaysOn?: boolean;
}) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const { id, field } = useInput({ source, format, parse });
  const committed = typeof field.value === 'string' ? field.value : '';
  const [choice, setChoice] = useState(committed);
  // The form's value changed from elsewhere (filters cleared, a view tab, a link): show it.
  const [shown, setShown] = useState(committed);
  if (shown !== committed) {
    setShown(committed);
    setChoice(committed);
  }

  const latest = useLatest({ field, onChange });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const keyAt = useRef(-Infinity);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    const { field: current, onChange: apply } = latest.current;
    if (value === (typeof current.value === 'string' ? current.value : '')) return;
    current.onChange(value);
    apply?.(value);
  };

  return (
    <TextField
      select
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={choice}
      disabled={disabled}
      label={translateLabel({ label, source })}
      onBlur={() => {
        // Leaving the field applies a choice still waiting for its pause.
        if (choice !== committed) commit(choice);
        field.onBlur();
      }}
      onKeyDown={() => {
        keyAt.current = performance.now();
      }}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        const value = event.target.value;
        setChoice(value);
        clearTimeout(timer.current);
        if (performance.now() - keyAt.current < KEY_CHANGE_MS) {
          timer.current = setTimeout(() => commit(value), SEARCH_PAUSE_MS);
        } else {
          commit(value);
        }
      }}
      sx={sx}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{translate('app.queue.filter_all')}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {translateChoice ? translate(c.name) : c.name}
        </option>
      ))}
    </TextField>
  );
};
