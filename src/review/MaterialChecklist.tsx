import {
  Box,
  Button,
  ButtonGroup,
  Chip,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Material, Order } from '../domain/types';
import { useMaterialVerdict } from '../materials/useMaterialVerdict';
import { useEnumLabel } from '../shared/useEnumLabel';
import { useReasons } from './useReviewData';

/** A compact accept / reject list of the revision's materials, so a review works without the viewer. */
export const MaterialChecklist = ({
  order,
  materials,
}: {
  order: Order;
  materials: readonly Material[];
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();
  const { setVerdict, isPending } = useMaterialVerdict(order);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reasonCode, setReasonCode] = useState('');
  const reasons = useReasons();
  // Reasons about materials come first: they are what a material is usually rejected for.
  const materialReasons = [
    ...reasons.filter((r) => r.target?.kind === 'material'),
    ...reasons.filter((r) => r.target?.kind !== 'material'),
  ];

  const defaultReason = (material: Material) =>
    materialReasons.find((r) => r.target?.ref === material.kind)?.code ?? 'DOCUMENT_UNCLEAR';

  return (
    <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {materials.map((material) => {
        const kind = enumLabel('materials', 'kind', material.kind);
        return (
          <Box component="li" key={material.id} aria-label={kind}>
            <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between">
              <Typography variant="body2" sx={{ minWidth: 0 }}>
                {kind}
              </Typography>
              <Stack direction="row" spacing={1} alignItems="center">
                <Chip
                  size="small"
                  label={enumLabel('materials', 'verdict', material.verdict)}
                  color={
                    material.verdict === 'accepted'
                      ? 'success'
                      : material.verdict === 'rejected'
                        ? 'error'
                        : 'default'
                  }
                  variant="outlined"
                />
                <ButtonGroup size="small" disabled={isPending} aria-label={kind}>
                  <Button
                    aria-label={`${translate('app.review.verdict.accept')} ${kind}`}
                    onClick={() => setVerdict(material.id, 'accepted')}
                  >
                    {translate('app.review.verdict.accept')}
                  </Button>
                  <Button
                    aria-label={`${translate('app.review.verdict.reject')} ${kind}`}
                    onClick={() => {
                      setRejecting(material.id);
                      setReasonCode(defaultReason(material));
                    }}
                  >
                    {translate('app.review.verdict.reject')}
                  </Button>
                </ButtonGroup>
              </Stack>
            </Stack>
            {rejecting === material.id && (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <TextField
                  select
                  size="small"
                  fullWidth
                  label={translate('app.review.verdict.reason')}
                  value={reasonCode}
                  onChange={(event) => setReasonCode(event.target.value)}
                >
                  {materialReasons.map((r) => (
                    <MenuItem key={r.code} value={r.code}>
                      {locale === 'en' ? r.titleEn : r.titleZh}
                    </MenuItem>
                  ))}
                </TextField>
                <Button
                  variant="contained"
                  color="error"
                  size="small"
                  disabled={isPending || !reasonCode}
                  onClick={() => {
                    setVerdict(material.id, 'rejected', reasonCode);
                    setRejecting(null);
                  }}
                >
                  {translate('app.review.verdict.reject')}
                </Button>
              </Stack>
            )}
          </Box>
        );
      })}
    </Stack>
  );
};
