import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { InputAdornment, TextField, type SxProps, type Theme } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useInput } from 'react-admin';

/** How long typing must pause before the search is sent (choices apply at once). */
export const SEARCH_PAUSE_MS = 300;

/**
 * The list's free-text search. The filter form applies every change at once (a chosen province
 * must not wait); this field holds what is being typed and hands it to the form only after a
 * pause, or at once on Enter, so a search is not sent per keystroke. A value set from elsewhere
 * (filters cleared, a link) replaces what the field shows.
 */
export const DebouncedSearchInput = ({
  source,
  placeholder,
  ariaLabel,
  sx,
}: {
  source: string;
  placeholder?: string;
  ariaLabel: string;
  sx?: SxProps<Theme>;
  alwaysOn?: boolean;
}) => {
  const { field } = useInput({ source });
  const committed = typeof field.value === 'string' ? field.value : '';
  const [text, setText] = useState(committed);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChange = useRef(field.onChange);
  useLayoutEffect(() => {
    onChange.current = field.onChange;
  });

  // The form's value changed from elsewhere: show it (React's "adjust state while rendering").
  const [shown, setShown] = useState(committed);
  if (shown !== committed) {
    setShown(committed);
    setText(committed);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    if (value !== committed) onChange.current(value);
  };

  return (
    <TextField
      value={text}
      placeholder={placeholder}
      hiddenLabel
      onChange={(event) => {
        const value = event.target.value;
        setText(value);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(value), SEARCH_PAUSE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit(text);
        }
      }}
      onBlur={() => {
        commit(text);
        field.onBlur();
      }}
      sx={sx}
      slotProps={{
        htmlInput: { 'aria-label': ariaLabel },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <SearchIcon color="disabled" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
};
