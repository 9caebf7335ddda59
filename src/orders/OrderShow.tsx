import { Box } from '@mui/material';
import { Show, useGetIdentity, useRecordContext } from 'react-admin';
import { ChecksPanel } from '../checks/ChecksPanel';
import type { Order } from '../domain/types';
import { ResubmissionPanel } from '../review/ResubmissionPanel';
import { OrderNotices } from '../reliability/OrderNotices';
import { ReviewPanel } from '../review/ReviewPanel';
import { SupportPanel } from '../support/SupportPanel';
import { SupportView } from '../support/SupportView';
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
  const { identity } = useGetIdentity();
  if (!order) return null;
  // Support answers applicants: its view of the order comes first; others may open it as a panel.
  const support = identity?.role === 'support';
  return (
    // Keyed by order: moving on to the next order starts its page afresh (no dialog left open).
    <Box key={order.id} sx={{ pt: 1.5, pb: 3, pr: { xs: 1, sm: 2 } }}>
      <NextOrderShortcut />
      <OrderShowHeader order={order} />
      <OrderNotices order={order} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 360px' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          {support ? <SupportView order={order} /> : <SupportPanel order={order} />}
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

/**
 * `id`: the order to show, where it is not the address's; `untitled`: the page's title is not
 * put into the app bar (both for the queue's hidden preview, OrderPagePreview.tsx).
 */
export const OrderShow = ({ id, untitled = false }: { id?: string; untitled?: boolean }) => (
  // disableAuthentication: react-admin's own session and access checks would show a spinner for a
  // render pass before the order (already fetched with the queue's page) appears. CoreAdminUI has
  // confirmed the session, every role may read an order, and the API enforces both.
  <Show<Order>
    id={id}
    title={untitled ? false : undefined}
    actions={false}
    component="div"
    disableAuthentication
  >
    <OrderShowContent />
  </Show>
);
