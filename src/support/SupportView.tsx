import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { Section } from '../shared/Section';
import { ApplicantMessages } from './ApplicantMessages';
import { OutlookCard } from './OutlookCard';
import { RevisionHistory } from './RevisionHistory';
import { SubjectOrders } from './SubjectOrders';

/**
 * The order as support explains it to an applicant on the phone: where it stands and what comes
 * next, the messages they received, the revisions, and the subject's other orders. Read only.
 */
export const SupportView = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  return (
    <>
      <Section title={translate('app.support.outlook')}>
        <OutlookCard order={order} />
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1.5 }}>
          {translate('app.support.tab_hint')}
        </Typography>
      </Section>
      <Section title={translate('app.support.messages')}>
        <ApplicantMessages order={order} />
      </Section>
      <Section title={translate('app.support.history')}>
        <RevisionHistory order={order} />
      </Section>
      <Section title={translate('app.support.same_subject')}>
        <SubjectOrders order={order} />
      </Section>
    </>
  );
};
