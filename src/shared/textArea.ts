import type { TextFieldProps } from '@mui/material';

/**
 * A multi-line text field that starts `rows` lines high and grows with its text, sized by the
 * browser (`field-sizing: content`) in a plain `<textarea>`. MUI renders every multi-line field
 * through its TextareaAutosize, which measures a hidden copy of the text in a layout effect when it
 * mounts and on every key: each time a layout of the whole page, forced before the next paint
 * (30–40 ms for the order page's note field on these machines). Browsers without `field-sizing`
 * keep the field at `rows` lines and scroll its text.
 */
export function growingTextArea(
  rows: number,
): Pick<TextFieldProps, 'multiline' | 'rows' | 'slotProps' | 'sx'> {
  return {
    multiline: true,
    rows,
    slotProps: { input: { inputComponent: 'textarea' } },
    sx: {
      '& textarea': { fieldSizing: 'content', minHeight: `${rows}lh`, maxHeight: '20lh' },
    },
  };
}
