import { Box } from '@mui/material';
import { Show, useRecordContext } from 'react-admin';
import { ChecksPanel } from '../checks/ChecksPanel';
import type { Order } from '../domain/types';
import { ResubmissionPanel } from '../review/ResubmissionPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { CloudResourceSection } from './show/CloudResourceSection';
import { MaterialThumbnails } from './show/MaterialThumbnails';
import { OrderProcessing } from './show/OrderProcessing';
import { OrderShowHeader } from './show/OrderShowHeader';
import { OrderTimeline } from './show/OrderTimeline';
import { PrincipalSection } from './show/PrincipalSection';
import { SubjectSection } from './show/SubjectSection';
import { VerificationSection } from './show/VerificationSection';
import { WebsiteSection } from './show/WebsiteSection';
import { useShortcut } from '../keyboard/useShortcuts';
import { useClaimNext } from './useClaimNext';

/**
 * The order page: what the applicant filled in, in the mini-program's order, on the left; where the
 * order stands, what can be done and what happened, in a sticky aside on the right.
 */
const OrderShowContent = () => {
  const order = useRecordContext<Order>();
  if (!order) return null;
  return (
    // Keyed by order: moving on to the next order starts its page afresh (no dialog left open).
    <Box key={order.id} sx={{ pt: 1.5, pb: 3, pr: { xs: 1, sm: 2 } }}>
      <NextOrderShortcut />
      <OrderShowHeader order={order} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 360px' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <ResubmissionPanel order={order} />
          <VerificationSection verification={order.verification} />
          <SubjectSection subject={order.subject} />
          <PrincipalSection principal={order.subjectPrincipal} />
          <WebsiteSection websites={order.websites} />
          <CloudResourceSection resource={order.cloudResource} />
          <MaterialThumbnails orderId={order.id} revision={order.revision} />
        </Box>
        <Box
          component="aside"
          sx={{
            minWidth: 0,
            position: { lg: 'sticky' },
            top: { lg: 64 },
            maxHeight: { lg: 'calc(100vh - 80px)' },
            overflowY: { lg: 'auto' },
          }}
        >
          <OrderProcessing order={order} />
          <ChecksPanel order={order} />
          <ReviewPanel order={order} />
          <OrderTimeline orderId={order.id} />
        </Box>
      </Box>
    </Box>
  );
};

const NextOrderShortcut = () => {
  const { canClaim, claimNext } = useClaimNext();
  useShortcut(
    { scope: 'page', group: 'app.keyboard.groups.order' },
    {
      keys: ['Shift+N'],
      description: 'app.keyboard.order.next_order',
      run: claimNext,
      enabled: canClaim,
    },
  );
  return null;
};

export const OrderShow = () => (
  <Show<Order> actions={false} component="div">
    <OrderShowContent />
  </Show>
);
