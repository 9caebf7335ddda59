import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ReferenceField, TextField, useLocaleState, useTranslate } from 'react-admin';
import { formatCstDateTime } from '../../domain/format';
import { reasonByCode } from '../../domain/reasons';
import { useFieldLabel } from '../../review/useFieldLabel';
import { useEnumLabel } from '../../shared/useEnumLabel';

/** Details that say nothing to a person reading the timeline. */
const HIDDEN = new Set([
  'callId',
  'revision',
  'noteId',
  'notice',
  'changes',
  'materialId',
  'bureauDueAt',
]);
const USER_KEYS = new Set(['assigneeId', 'previousAssigneeId', 'fromAssigneeId', 'toAssigneeId']);

interface ReasonDetail {
  code?: unknown;
  message?: unknown;
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** An audit event's details, as words: call outcomes, reasons by title, users by name, times. */
export const AuditDetails = ({
  details,
}: {
  details: Record<string, unknown> | null | undefined;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();
  const fieldLabel = useFieldLabel();
  const separator = translate('app.order.list_separator');

  const render = (key: string, value: unknown): ReactNode => {
    if (USER_KEYS.has(key) && typeof value === 'string') {
      return (
        <ReferenceField
          record={{ id: key, [key]: value }}
          source={key}
          reference="users"
          link={false}
        >
          <TextField source="name" variant="caption" />
        </ReferenceField>
      );
    }
    // A reveal names the field it showed, as a path: in words.
    if (key === 'field') return fieldLabel(plain(value));
    if (key === 'outcome') return enumLabel('calls', 'outcome', plain(value));
    if (key === 'result') return enumLabel('audit_events', 'result', plain(value));
    if (key === 'reasons' && Array.isArray(value)) {
      return (value as ReasonDetail[])
        .map((reason) => {
          const template = reasonByCode(plain(reason.code));
          const title = template
            ? locale === 'en'
              ? template.titleEn
              : template.titleZh
            : plain(reason.code);
          return reason.message ? `${title} — ${plain(reason.message)}` : title;
        })
        .join(separator);
    }
    if (key === 'confirmed' && Array.isArray(value)) {
      return value
        .map((point) => translate(`app.review.call.points.${plain(point)}`))
        .join(separator);
    }
    if (key === 'overrides' && Array.isArray(value)) {
      return (value as { checkId?: unknown; justification?: unknown }[])
        .map((o) => `${plain(o.checkId)}：${plain(o.justification)}`)
        .join(separator);
    }
    // Instants (`claimedAt`, `leaseExpiresAt`, …) as the rest of the console shows times.
    if (key.endsWith('At') && typeof value === 'string') return formatCstDateTime(value) ?? value;
    if (key === 'kind') return enumLabel('materials', 'kind', plain(value));
    if (key === 'verdict') return enumLabel('materials', 'verdict', plain(value));
    if (Array.isArray(value)) return value.map(plain).join(separator);
    return plain(value);
  };

  const entries = Object.entries(details ?? {}).filter(
    ([key, value]) => !HIDDEN.has(key) && !isEmpty(value),
  );
  if (entries.length === 0) return null;
  return (
    <Box component="dl" sx={{ m: 0, mt: 0.25 }}>
      {entries.map(([key, value]) => (
        <Typography
          key={key}
          variant="caption"
          component="div"
          sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
        >
          <Box component="dt" sx={{ display: 'inline', color: 'text.secondary' }}>
            {translate('app.order.detail_label', {
              label: translate(`resources.audit_events.details.${key}`, { _: key }),
            })}
          </Box>
          <Box component="dd" sx={{ display: 'inline', m: 0 }}>
            {render(key, value)}
          </Box>
        </Typography>
      ))}
    </Box>
  );
};
