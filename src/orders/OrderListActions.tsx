import { FilterButton, TopToolbar } from 'react-admin';
import { ClaimNextButton } from './ClaimNextButton';

export const OrderListActions = () => (
  <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
    <FilterButton />
    <ClaimNextButton />
  </TopToolbar>
);
