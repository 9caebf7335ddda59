import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Material } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';

/** Progress over the order's materials, and accept / reject for the one on screen. */
export const VerdictBar = ({
  material,
  materials,
  canDecide,
  isPending,
  onAccept,
  onReject,
}: {
  material: Material;
  materials: readonly Material[];
  canDecide: boolean;
  isPending: boolean;
  onAccept: () => void;
  onReject: () => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const checked = materials.filter((m) => m.verdict !== 'pending').length;
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`app.materials.${key}`, args);
  const color =
    material.verdict === 'accepted'
      ? 'success'
      : material.verdict === 'rejected'
        ? 'error'
        : 'default';
  return (
    <Stack spacing={1}>
      <Box>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('progress', { checked, total: materials.length })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={materials.length ? (checked / materials.length) * 100 : 0}
          aria-hidden
          sx={{ my: 0.5 }}
        />
        <Typography variant="caption" color="text.secondary">
          {t('approval_hint')}
        </Typography>
      </Box>
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
        <Chip
          color={color}
          variant="outlined"
          label={t('verdict.current', {
            verdict: enumLabel('materials', 'verdict', material.verdict),
          })}
        />
        <Box sx={{ flex: 1 }} />
        <Button
          variant="contained"
          color="success"
          startIcon={<CheckIcon />}
          disabled={!canDecide || isPending}
          onClick={onAccept}
        >
          {t('verdict.accept')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          startIcon={<CloseIcon />}
          disabled={!canDecide || isPending}
          onClick={onReject}
        >
          {t('verdict.reject')}
        </Button>
      </Stack>
      {!canDecide && (
        <Typography variant="caption" color="text.secondary">
          {t('verdict.not_assignee')}
        </Typography>
      )}
    </Stack>
  );
};
