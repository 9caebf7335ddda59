import { Box, Button, Divider, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { useTranslate } from 'react-admin';
import { rejectionNotice } from '../domain/applicantMessages';
import { formatCstDateTime } from '../domain/format';
import type { Order } from '../domain/types';

/** The rejection notices exactly as the applicant received them (SMS and e-mail). */
export const ApplicantMessages = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  // The latest notice is read out most; earlier ones fold to their subject line.
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set([0]));
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  if (order.rejections.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.support.no_messages')}
      </Typography>
    );
  }
  return (
    <>
      {[...order.rejections].reverse().map((rejection, index) => {
        const notice = rejectionNotice(order, rejection.reasons);
        return (
          <Fragment key={`${rejection.revision}-${rejection.at}`}>
            {index > 0 && <Divider sx={{ my: 1.5 }} />}
            <Typography variant="subtitle2" sx={{ mb: 0.75 }}>
              {translate('app.support.notice_title', {
                revision: rejection.revision,
                date: formatCstDateTime(rejection.at),
              })}
            </Typography>
            <Box
              component="dl"
              sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 1 }}
            >
              <Typography component="dt" variant="caption" color="text.secondary">
                {translate('app.support.sms')}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                {notice.sms}
              </Typography>
              <Typography component="dt" variant="caption" color="text.secondary">
                {translate('app.support.email')}
              </Typography>
              <Typography
                component="dd"
                variant="body2"
                sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                <strong>{notice.emailSubject}</strong>
                {open.has(index) && `\n\n${notice.emailBody}`}
                <Button
                  size="small"
                  onClick={() => toggle(index)}
                  aria-expanded={open.has(index)}
                  sx={{ display: 'block', px: 0, mt: 0.5 }}
                >
                  {translate(open.has(index) ? 'app.support.hide_email' : 'app.support.show_email')}
                </Button>
              </Typography>
            </Box>
          </Fragment>
        );
      })}
    </>
  );
};
