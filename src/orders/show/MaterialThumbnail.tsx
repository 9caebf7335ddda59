import BrokenImageIcon from '@mui/icons-material/BrokenImageOutlined';
import { Box, ButtonBase, Chip, Skeleton, Typography, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Material, MaterialVerdict } from '../../domain/types';
import { useEnumLabel } from '../../shared/useEnumLabel';
import { useMaterialImage } from './useMaterialImage';

const VERDICT_COLORS: Record<MaterialVerdict, ChipProps['color']> = {
  pending: 'default',
  accepted: 'success',
  rejected: 'error',
};

export const MaterialThumbnail = ({
  material,
  onOpen,
}: {
  material: Material;
  onOpen: (material: Material, url: string) => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const { url, failed } = useMaterialImage(material.id);
  const kind = enumLabel('materials', 'kind', material.kind);

  return (
    <Box component="figure" sx={{ m: 0, minWidth: 0 }}>
      <ButtonBase
        disabled={!url}
        onClick={() => url && onOpen(material, url)}
        aria-label={translate('app.order.material_open', { kind })}
        sx={{
          width: '100%',
          aspectRatio: '4 / 3',
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          overflow: 'hidden',
          bgcolor: 'action.hover',
        }}
      >
        {url ? (
          <Box
            component="img"
            src={url}
            alt={translate('app.order.material_alt', { kind, id: material.id })}
            sx={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
        ) : failed ? (
          <Box sx={{ color: 'text.secondary', textAlign: 'center', p: 1 }}>
            <BrokenImageIcon aria-hidden />
            <Typography variant="caption" component="div">
              {translate('app.order.material_failed')}
            </Typography>
          </Box>
        ) : (
          <Skeleton variant="rectangular" width="100%" height="100%" />
        )}
      </ButtonBase>
      <Box
        component="figcaption"
        sx={{ mt: 0.5, display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}
      >
        <Typography
          variant="body2"
          sx={{ flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {kind}
        </Typography>
        <Chip
          label={enumLabel('materials', 'verdict', material.verdict)}
          color={VERDICT_COLORS[material.verdict] ?? 'default'}
          variant="outlined"
        />
      </Box>
    </Box>
  );
};
