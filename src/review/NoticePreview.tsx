import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { rejectionNotice } from '../domain/applicantMessages';
import type { Order, RejectionReason } from '../domain/types';

/** Exactly what the applicant will receive: the SMS and the e-mail, as plain text. */
export const NoticePreview = ({ order, reasons }: { order: Order; reasons: RejectionReason[] }) => {
  const translate = useTranslate();
  const notice = rejectionNotice(order, reasons);
  const block = (label: string, text: string) => (
    <Box component="section" aria-label={label}>
      <Typography variant="subtitle2">{label}</Typography>
      <Paper variant="outlined" sx={{ p: 1.5, whiteSpace: 'pre-wrap', bgcolor: 'action.hover' }}>
        <Typography variant="body2">{text}</Typography>
      </Paper>
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="subtitle1" component="h3">
        {translate('app.review.reject.preview')}
      </Typography>
      {block(translate('app.review.reject.sms'), notice.sms)}
      {block(translate('app.review.reject.email'), `${notice.emailSubject}\n\n${notice.emailBody}`)}
    </Box>
  );
};
