import { Stack, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { QaVerdict } from '../domain/qa';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { newIdempotencyKey } from '../providers/idempotency';
import type { QaReviewRecord } from './types';

/** The second reviewer's verdict for one sampled decision, sent once (pessimistic). */
export const QaVerdictButtons = () => {
  const review = useRecordContext<QaReviewRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const [note, setNote] = useState('');
  // One key per review and intent: a retried click is not a second verdict.
  const [key] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (verdict: QaVerdict) =>
      dataProvider.postJson(
        `/qa_reviews/${encodeURIComponent(String(review?.id))}/verdict`,
        { verdict, note },
        { idempotencyKey: `${key}-${verdict}` },
      ),
    onSuccess: () => {
      notify('app.qa.given', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['qa_reviews'] });
    },
    onError: (error: Error) =>
      notify(translate(error.message, { _: error.message }), { type: 'error' }),
  });
  if (!review || review.status !== 'pending') return null;
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center' }}
      onClick={(e) => e.stopPropagation()}
    >
      <TextField
        size="small"
        label={translate('app.qa.give.note')}
        value={note}
        sx={{ minWidth: 200 }}
        onChange={(event) => setNote(event.target.value)}
      />
      {(['approve', 'reject'] as const).map((verdict) => (
        <Button
          key={verdict}
          label={`app.qa.give.${verdict}`}
          variant="outlined"
          color={verdict === 'approve' ? 'success' : 'error'}
          disabled={mutation.isPending}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          onClick={() => mutation.mutate(verdict)}
        />
      ))}
    </Stack>
  );
};
