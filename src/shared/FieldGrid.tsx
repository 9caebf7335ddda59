import { styled } from '@mui/material/styles';
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

const isEmpty = (value: ReactNode) =>
  value === null || value === undefined || value === '' || value === false;

/**
 * Label/value pairs as a description list, two or three columns wide on large screens. Values are
 * rendered as text and wrap anywhere, so a long applicant-typed string cannot break the layout.
 *
 * Plain markup under one stylesheet (as the queue's rows are): the order page shows forty-odd
 * fields, and as MUI components (a Box and two Typography each, every one styled at render) they
 * were a third of the elements the page renders and styles when it opens. The label is set as
 * MUI's `caption` text, the value as `body2`.
 */
export const FieldGrid = ({ fields, columns }: { fields: FieldEntry[]; columns?: 1 }) => {
  const translate = useTranslate();
  return (
    <Grid className={columns === 1 ? 'one-column' : undefined}>
      {fields.map(({ label, value, wide, field }) => (
        <div key={label} data-field={field} className={wide ? 'wide' : undefined}>
          <dt>{label}</dt>
          <dd>{isEmpty(value) ? translate('app.order.empty_value') : value}</dd>
        </div>
      ))}
    </Grid>
  );
};

const Grid = styled('dl', { name: 'BeianFieldGrid' })(({ theme }) => ({
  margin: 0,
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  columnGap: theme.spacing(3),
  rowGap: theme.spacing(1.25),
  '&:not(.one-column)': {
    [theme.breakpoints.up('sm')]: { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    [theme.breakpoints.up('xl')]: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
  },
  '& > div': {
    minWidth: 0,
    // How a field looks while a check that points at it is being shown (see src/checks).
    scrollMarginTop: 80,
    borderRadius: theme.shape.borderRadius,
    transition: 'background-color 0.3s',
    '&[data-check-highlight]': {
      outline: '2px solid',
      outlineColor: theme.palette.warning.main,
      outlineOffset: 4,
      backgroundColor: theme.palette.action.selected,
    },
  },
  '& > .wide': { gridColumn: '1 / -1' },
  '& dt': { ...theme.typography.caption, margin: 0, color: theme.palette.text.secondary },
  '& dd': {
    ...theme.typography.body2,
    margin: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
    unicodeBidi: 'isolate',
  },
}));
