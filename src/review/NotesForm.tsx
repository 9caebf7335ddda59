import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { useOrderCommand } from '../orders/useOrderCommand';

/** An internal note on the order (shown in the timeline, staff only); kept if the request fails. */
export const NotesForm = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const { run, isPending } = useOrderCommand({
    successMessage: () => ({ message: 'app.review.notes.added' }),
    onSuccess: () => setText(''),
  });
  return (
    <Stack spacing={1}>
      <TextField
        size="small"
        multiline
        minRows={2}
        label={translate('app.review.notes.title')}
        helperText={translate('app.review.notes.hint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button
        variant="outlined"
        size="small"
        disabled={isPending || text.trim() === ''}
        onClick={() =>
          run((dp, idempotencyKey) =>
            dp.orderAction(
              order.id,
              'notes',
              { version: order.version, text: text.trim() },
              { idempotencyKey },
            ),
          )
        }
      >
        {translate('app.review.notes.add')}
      </Button>
    </Stack>
  );
};
