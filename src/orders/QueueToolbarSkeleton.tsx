import { Box } from '@mui/material';
import { QUEUE_FILTER_BAR } from './queueQuery';

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
 * The queue's filter bar and actions while they load and render, just after the rows: the same
 * boxes as the filters shown at once (QUEUE_FILTER_BAR), wrapping as they do, so that the rows do
 * not move when the real inputs take their place.
 */
export const QueueToolbarSkeleton = () => (
  <Box
    aria-hidden
    data-queue-skeleton
    sx={{ display: 'flex', position: 'relative', width: '100%', alignItems: 'flex-end' }}
  >
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
      {QUEUE_FILTER_BAR.map((filter) => (
        <Box key={filter.source} sx={{ ...field, width: filter.minWidth }} />
      ))}
    </Box>
    <Box sx={{ width: 228, height: 49 }} />
  </Box>
);

/** The pagination's place while it loads and renders. */
export const QueuePaginationSkeleton = () => (
  <Box aria-hidden data-queue-skeleton sx={{ height: 52 }} />
);
