import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RequiredMaterial } from '../domain/crossCheck';
import { useEnumLabel } from '../shared/useEnumLabel';

/** Required materials the applicant never uploaded: nothing to look at, so said in words. */
export const MissingMaterials = ({ missing }: { missing: readonly RequiredMaterial[] }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  if (missing.length === 0) return null;
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      <AlertTitle>{translate('app.materials.missing_title')}</AlertTitle>
      {missing
        .map((m) => enumLabel('materials', 'kind', m.kind))
        .join(translate('app.order.list_separator'))}
    </Alert>
  );
};
