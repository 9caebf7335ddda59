import { Box } from '@mui/material';
import type { ReactElement } from 'react';

interface FilterProps {
  alwaysOn?: boolean;
  sx?: { minWidth?: number };
}

/** An outlined input's footprint in the filter bar (small, dense: 40 px high, 8 px above, 4 below). */
const field = {
  height: 40,
  mt: 1,
  mb: 0.5,
  mr: 2,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
};

/**
 * The queue's filter bar and actions while they are being rendered, just after the rows: the same
 * boxes as the filters shown at once (their widths taken from the filters themselves), wrapping as
 * they do, so that the rows do not move when the real inputs take their place.
 */
export const QueueToolbarSkeleton = ({ filters }: { filters: ReactElement<FilterProps>[] }) => (
  <Box aria-hidden data-queue-skeleton sx={{ display: 'flex', flex: 1, alignItems: 'flex-end' }}>
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        flex: 1,
        alignItems: 'flex-end',
        alignContent: 'flex-end',
        minHeight: 64,
        pb: 0.5,
      }}
    >
      {filters
        .filter((filter) => filter.props.alwaysOn)
        .map((filter) => (
          <Box key={filter.key} sx={{ ...field, width: filter.props.sx?.minWidth ?? 150 }} />
        ))}
    </Box>
    <Box sx={{ width: 228, height: 49 }} />
  </Box>
);
