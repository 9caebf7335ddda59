import { Link } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';
import { useCreatePath } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/**
 * An order number that opens the order page: a real link (ctrl/middle click opens a tab) in the
 * theme's link colour, light and dark, rather than the browser's default blue.
 */
export const OrderLink = ({ id, sx }: { id: string; sx?: SxProps<Theme> }) => {
  const createPath = useCreatePath();
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource: 'orders', id, type: 'show' })}
      onClick={(event) => event.stopPropagation()}
      sx={sx}
    >
      {id}
    </Link>
  );
};
