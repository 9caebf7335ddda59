import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface FieldEntry {
  label: string;
  value: ReactNode;
  /** Spans the whole row: long free text (addresses, remarks). */
  wide?: boolean;
  /** The order field's path (e.g. `websites[0].name`): automatic checks link to it. */
  field?: string;
}

/** How a field looks while a check that points at it is being shown (see src/checks). */
export const FIELD_HIGHLIGHT = {
  scrollMarginTop: 80,
  borderRadius: 1,
  transition: 'background-color 0.3s',
  '&[data-check-highlight]': {
    outline: '2px solid',
    outlineColor: 'warning.main',
    outlineOffset: 4,
    bgcolor: 'action.selected',
  },
} as const;

const isEmpty = (value: ReactNode) =>
  value === null || value === undefined || value === '' || value === false;

/**
 * Label/value pairs as a description list, two or three columns wide on large screens. Values are
 * rendered as text and wrap anywhere, so a long applicant-typed string cannot break the layout.
 */
export const FieldGrid = ({ fields, columns }: { fields: FieldEntry[]; columns?: 1 }) => {
  const translate = useTranslate();
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns:
          columns === 1
            ? 'minmax(0, 1fr)'
            : {
                xs: 'minmax(0, 1fr)',
                sm: 'repeat(2, minmax(0, 1fr))',
                xl: 'repeat(3, minmax(0, 1fr))',
              },
        columnGap: 3,
        rowGap: 1.25,
      }}
    >
      {fields.map(({ label, value, wide, field }) => (
        <Box
          key={label}
          data-field={field}
          sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined, ...FIELD_HIGHLIGHT }}
        >
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', unicodeBidi: 'isolate' }}
          >
            {isEmpty(value) ? translate('app.order.empty_value') : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
