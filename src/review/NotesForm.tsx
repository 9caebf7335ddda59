import { Button, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { useOrderCommand } from '../orders/useOrderCommand';
import { DraftNotice } from '../reliability/DraftNotice';
import { useDraft } from '../reliability/drafts';
import { useDraftScope } from '../reliability/useDraftScope';
import { growingTextArea } from '../shared/textArea';

const isBlank = (text: string) => text.trim() === '';

/**
 * An internal note on the order (shown in the timeline, staff only). What is typed is a draft that
 * survives a reload or a lost session, and stays after a failed request; it goes once the note is in.
 */
export const NotesForm = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const draft = useDraft(useDraftScope(order, 'note'), () => '', isBlank);
  const { runAction, isPending } = useOrderCommand({
    successMessage: () => ({ message: 'app.review.notes.added' }),
    onSuccess: () => draft.clear(''),
  });
  const text = draft.value;
  return (
    <Stack spacing={1}>
      <DraftNotice draft={draft} currentRevision={order.revision} />
      <TextField
        size="small"
        {...growingTextArea(2)}
        label={translate('app.review.notes.title')}
        helperText={translate('app.review.notes.hint')}
        value={text}
        onChange={(event) => draft.setValue(event.target.value)}
      />
      <Button
        variant="outlined"
        size="small"
        disabled={isPending || isBlank(text)}
        onClick={() => runAction(order.id, 'notes', { version: order.version, text: text.trim() })}
      >
        {translate('app.review.notes.add')}
      </Button>
    </Stack>
  );
};
