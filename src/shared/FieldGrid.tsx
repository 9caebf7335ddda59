import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface FieldEntry {
  label: string;
  value: ReactNode;
  /** Spans the whole row: long free text (addresses, remarks). */
  wide?: boolean;
}

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
      {fields.map(({ label, value, wide }) => (
        <Box key={label} sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
          >
            {isEmpty(value) ? translate('app.order.empty_value') : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
