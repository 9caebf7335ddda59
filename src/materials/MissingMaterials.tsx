import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Requirement } from '../domain/checks/materialChecks';
import { useEnumLabel } from '../shared/useEnumLabel';

/** Required materials the applicant never uploaded: nothing to look at, so said in words. */
export const MissingMaterials = ({ missing }: { missing: readonly Requirement[] }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  if (missing.length === 0) return null;
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      <AlertTitle>{translate('app.materials.missing_title')}</AlertTitle>
      {missing
        .map((m) =>
          translate(m.blocking ? 'app.materials.missing' : 'app.materials.maybe_missing', {
            kind: enumLabel('materials', 'kind', m.kind),
          }),
        )
        .join(translate('app.order.list_separator'))}
    </Alert>
  );
};
