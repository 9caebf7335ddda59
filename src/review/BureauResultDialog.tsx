import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { validateFilingNumbers, type FilingNumbersProblem } from '../domain/filingNumber';
import type { Order } from '../domain/types';
import { useOrderCommand } from '../orders/useOrderCommand';
import { growingTextArea } from '../shared/textArea';

/**
 * A supervisor records the bureau's answer: approval with the subject's number and one per website
 * (checked against the province's character as the API checks them), or the bureau's reason.
 */
export const BureauResultDialog = ({
  order,
  open,
  onClose,
}: {
  order: Order;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [result, setResult] = useState<'approved' | 'rejected'>('approved');
  const [numbers, setNumbers] = useState<string[]>(() => order.websites.map(() => '').concat(''));
  const [reason, setReason] = useState('');
  const { runAction, isPending } = useOrderCommand({
    successMessage: () => ({ message: 'app.review.bureau.done' }),
    onSuccess: onClose,
  });
  const trimmed = numbers.map((n) => n.trim());
  const problems = validateFilingNumbers(trimmed, order.province, order.websites.length);
  const problemAt = (index: number): FilingNumbersProblem | undefined =>
    trimmed[index] === '' ? undefined : problems.find((p) => 'index' in p && p.index === index);
  const valid = result === 'approved' ? problems.length === 0 : reason.trim() !== '';
  const labels = [
    translate('app.review.bureau.subject_number'),
    ...order.websites.map((w) => translate('app.review.bureau.site_number', { name: w.name })),
  ];

  const confirm = () =>
    runAction(
      order.id,
      'bureau-result',
      result === 'approved'
        ? { version: order.version, result, filingNumbers: trimmed }
        : { version: order.version, result, reason: reason.trim() },
    );

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="bureau-title">
      <DialogTitle id="bureau-title">{translate('app.review.bureau.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <RadioGroup
            row
            aria-label={translate('app.review.bureau.result')}
            value={result}
            onChange={(event) => setResult(event.target.value as 'approved' | 'rejected')}
          >
            <FormControlLabel
              value="approved"
              control={<Radio />}
              label={translate('app.review.bureau.approved')}
            />
            <FormControlLabel
              value="rejected"
              control={<Radio />}
              label={translate('app.review.bureau.rejected')}
            />
          </RadioGroup>
          {result === 'approved' &&
            labels.map((label, index) => {
              const problem = problemAt(index);
              return (
                <TextField
                  key={label}
                  size="small"
                  label={label}
                  value={numbers[index] ?? ''}
                  error={Boolean(problem)}
                  helperText={
                    problem ? translate(`app.review.bureau.problem.${problem.code}`, problem) : ' '
                  }
                  onChange={(event) =>
                    setNumbers((all) => all.map((n, i) => (i === index ? event.target.value : n)))
                  }
                />
              );
            })}
          {result === 'rejected' && (
            <TextField
              label={translate('app.review.bureau.reason')}
              {...growingTextArea(3)}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={isPending || !valid} onClick={confirm}>
          {translate('app.review.bureau.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
