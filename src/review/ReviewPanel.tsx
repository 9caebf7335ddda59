import { useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import { UNREACHABLE_REASON_CODE } from '../domain/reasons';
import { canPerform } from '../domain/status';
import type { Order, Role } from '../domain/types';
import { Section } from '../shared/Section';
import { BureauSection } from './BureauSection';
import { CallPanel } from './CallPanel';
import { DecisionSection } from './DecisionSection';
import { MaterialChecklist } from './MaterialChecklist';
import { NotesForm } from './NotesForm';
import { RejectDialog } from './RejectDialog';
import { useReviewData } from './useReviewData';

/**
 * The review loop in the order page's aside: phone the applicant, check the materials, decide;
 * afterwards the bureau's part; internal notes for staff throughout.
 */
export const ReviewPanel = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [approving, setApproving] = useState(false);
  const [rejecting, setRejecting] = useState<{ prefill?: string[] } | null>(null);
  if (!identity) return null;
  const actor = { id: String(identity.id), role: identity.role as Role };
  const reviewing = canPerform('call', order, actor);
  return (
    <>
      {reviewing && (
        <ReviewingSections
          order={order}
          approving={approving}
          setApproving={setApproving}
          onReject={(prefill) => setRejecting(prefill ? { prefill } : {})}
        />
      )}
      {reviewing && rejecting && (
        <RejectDialogFor
          order={order}
          prefill={rejecting.prefill}
          onClose={() => setRejecting(null)}
        />
      )}
      <BureauSection order={order} />
      {canPerform('note', order, actor) && (
        <Section title={translate('app.review.notes.title')}>
          <NotesForm order={order} />
        </Section>
      )}
    </>
  );
};

const ReviewingSections = ({
  order,
  approving,
  setApproving,
  onReject,
}: {
  order: Order;
  approving: boolean;
  setApproving: (open: boolean) => void;
  onReject: (prefill?: string[]) => void;
}) => {
  const translate = useTranslate();
  const { calls, materials } = useReviewData(order);
  return (
    <>
      <Section title={translate('app.review.call.title')}>
        <CallPanel
          order={order}
          calls={calls}
          onUnreachable={() => onReject([UNREACHABLE_REASON_CODE])}
        />
      </Section>
      <Section title={translate('app.review.verdict.title')}>
        <MaterialChecklist order={order} materials={materials} />
      </Section>
      <Section title={translate('app.review.title')}>
        <DecisionSection
          order={order}
          calls={calls}
          materials={materials}
          approving={approving}
          setApproving={setApproving}
          onReject={() => onReject()}
        />
      </Section>
    </>
  );
};

const RejectDialogFor = ({
  order,
  prefill,
  onClose,
}: {
  order: Order;
  prefill?: string[];
  onClose: () => void;
}) => {
  const { materials } = useReviewData(order);
  return (
    <RejectDialog order={order} materials={materials} open prefill={prefill} onClose={onClose} />
  );
};
