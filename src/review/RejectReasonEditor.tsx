import { MenuItem, Stack, TextField } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Material, RejectionReason, Website } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';
import type { ReasonRecord } from './useReviewData';
import { growingTextArea } from '../shared/textArea';

/** One chosen reason: which material it concerns (when it is about one) and the applicant's message. */
export const RejectReasonEditor = ({
  template,
  reason,
  materials,
  websites,
  onChange,
}: {
  template: ReasonRecord;
  reason: RejectionReason;
  materials: readonly Material[];
  websites: readonly Website[];
  onChange: (reason: RejectionReason) => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();
  const title = locale === 'en' ? template.titleEn : template.titleZh;
  const aboutMaterial = template.target?.kind === 'material';
  // A reason about "a website's field" names which website when there are several.
  const siteRef = template.target?.kind === 'field' && template.target.ref.includes('[]');
  const siteIndex = /^websites\[(\d+)\]/.exec(reason.field ?? '')?.[1] ?? '0';
  return (
    <Stack spacing={1}>
      {aboutMaterial && materials.length > 0 && (
        <TextField
          select
          size="small"
          label={translate('app.review.reject.target', { target: title })}
          value={reason.materialId ?? ''}
          onChange={(event) => onChange({ ...reason, materialId: event.target.value })}
        >
          {materials.map((m) => (
            <MenuItem key={m.id} value={m.id}>
              {enumLabel('materials', 'kind', m.kind)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {siteRef && websites.length > 1 && template.target && (
        <TextField
          select
          size="small"
          label={translate('app.review.reject.target', { target: title })}
          value={siteIndex}
          onChange={(event) =>
            onChange({
              ...reason,
              field: template.target?.ref.replace('[]', `[${event.target.value}]`) ?? '',
            })
          }
        >
          {websites.map((site, i) => (
            <MenuItem key={site.id} value={String(i)}>
              {site.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        label={translate('app.review.reject.message', { title })}
        {...growingTextArea(3)}
        value={reason.message}
        error={reason.message.trim() === ''}
        onChange={(event) => onChange({ ...reason, message: event.target.value })}
      />
    </Stack>
  );
};
