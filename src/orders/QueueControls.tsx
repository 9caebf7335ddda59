import { styled } from '@mui/material/styles';
import type { ComponentType } from 'react';
import { FilterContext, FilterForm, Pagination, type FilterFormProps } from 'react-admin';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './orderFilters';

/**
 * react-admin's filter form passes its other props to ra-core's FilterLiveForm, whose `debounce`
 * its own props type leaves out.
 */
const ImmediateFilterForm = FilterForm as ComponentType<
  FilterFormProps & { debounce?: number | false }
>;

/** react-admin's list toolbar frame (its class name, so that the theme's overrides apply). */
const Root = styled('div', {
  name: 'RaListToolbar',
  overridesResolver: (_props, styles) => styles.root,
})(({ theme }) => ({
  display: 'flex',
  position: 'relative',
  justifyContent: 'space-between',
  alignItems: 'flex-end',
  width: '100%',
  [theme.breakpoints.down('md')]: { flexWrap: 'wrap' },
  [theme.breakpoints.down('sm')]: {
    backgroundColor: (theme.vars || theme).palette.background.paper,
    flexWrap: 'inherit',
    flexDirection: 'column-reverse',
  },
}));

/**
 * The queue's filter bar (react-admin's filter form: react-hook-form and the inputs) with the
 * actions, and its pagination. A chunk of their own, loaded as the rows render: most of the list's
 * code, and nobody uses them in the page's first few hundred milliseconds.
 *
 * The filters apply the moment a choice is made (react-admin waits 500 ms after every change by
 * default); the free-text search waits for a pause in typing itself (DebouncedSearchInput). The
 * toolbar is composed here, as react-admin's ListToolbar does, rather than given a theme of its own
 * for the filter form's default: MUI memoizes each component's styles for the last theme it saw,
 * and a second theme object in the page made every input, button and menu item in the bar
 * recompute them whenever the rows had rendered in between.
 */
export const QueueToolbar = ({ className }: { className?: string }) => {
  const filters = useOrderFilters();
  return (
    <FilterContext.Provider value={filters}>
      <Root className={className}>
        <ImmediateFilterForm debounce={0} />
        <span />
        <OrderListActions />
      </Root>
    </FilterContext.Provider>
  );
};

export const QueuePagination = () => <Pagination rowsPerPageOptions={[25, 50, 100]} />;
