import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { isPersonalFieldPath, maskFieldValue } from '../domain/personalFields';
import { reasonByCode } from '../domain/reasons';
import type { Order } from '../domain/types';
import { Section } from '../shared/Section';
import { useFieldLabel } from './useFieldLabel';

/** A changed personal field shows masked, like the field itself on the page (api.md "Masking"). */
const shown = (field: string, value: string) =>
  isPersonalFieldPath(field) ? maskFieldValue(field, value) : value;

/**
 * A resubmission: the reasons the order was returned for and, field by field, what the applicant
 * changed since, so that the reviewer checks the fixes first. Applicant text is shown as text only.
 */
export const ResubmissionPanel = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fieldLabel = useFieldLabel();
  const last = order.rejections.at(-1);
  if (order.revision < 2 || !last) return null;
  const changes = order.revisionChanges ?? [];
  return (
    <Section title={translate('app.review.resubmission.title', { revision: order.revision })}>
      <Typography variant="subtitle2" component="h3">
        {translate('app.review.resubmission.earlier', { revision: last.revision })}
      </Typography>
      <ul style={{ marginTop: 4 }}>
        {last.reasons.map((reason) => {
          const template = reasonByCode(reason.code);
          const title = template
            ? locale === 'en'
              ? template.titleEn
              : template.titleZh
            : reason.code;
          return (
            <li key={`${reason.code}-${reason.field ?? reason.materialId ?? ''}`}>
              <Typography variant="body2">
                <strong>{title}</strong>
                {reason.field || reason.materialId
                  ? ` · ${reason.field ? fieldLabel(reason.field) : reason.materialId}`
                  : ''}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {reason.message}
              </Typography>
            </li>
          );
        })}
      </ul>
      <Typography variant="subtitle2" component="h3">
        {translate('app.review.resubmission.changes')}
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2">{translate('app.review.resubmission.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('app.review.resubmission.changes')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.review.resubmission.field')}</TableCell>
              <TableCell>{translate('app.review.resubmission.before')}</TableCell>
              <TableCell>{translate('app.review.resubmission.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.field}>
                <TableCell>{fieldLabel(change.field)}</TableCell>
                <TableCell sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
                  {shown(change.field, change.before)}
                </TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{shown(change.field, change.after)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
