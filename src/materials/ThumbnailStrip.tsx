import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ReportIcon from '@mui/icons-material/ReportProblemOutlined';
import { Box, ButtonBase, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import type { Requirement } from '../domain/checks/materialChecks';
import type { Material } from '../domain/types';
import { useMaterialImage } from '../orders/show/useMaterialImage';
import { useEnumLabel } from '../shared/useEnumLabel';

/** Memoised: a step to the next material re-renders the two thumbnails whose mark moves. */
const Thumb = memo(function Thumb({
  material,
  current,
  onSelect,
}: {
  material: Material;
  current: boolean;
  /** Stable (the workspace's setter), called with this material's id. */
  onSelect: (id: string) => void;
}) {
  const enumLabel = useEnumLabel();
  const { url } = useMaterialImage(material.id);
  const kind = enumLabel('materials', 'kind', material.kind);
  const verdict = enumLabel('materials', 'verdict', material.verdict);
  return (
    <ButtonBase
      onClick={() => onSelect(material.id)}
      aria-label={`${kind} · ${verdict}`}
      aria-current={current ? 'true' : undefined}
      sx={{
        flex: '0 0 auto',
        width: 112,
        flexDirection: 'column',
        borderRadius: 1,
        border: 2,
        borderColor: current ? 'primary.main' : 'transparent',
        p: 0.5,
        bgcolor: current ? 'action.selected' : undefined,
      }}
    >
      <Box sx={{ position: 'relative', width: '100%', height: 64, bgcolor: 'grey.900' }}>
        {url && (
          <Box
            component="img"
            src={url}
            alt=""
            sx={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
        )}
        {material.verdict === 'accepted' && (
          <CheckCircleIcon
            color="success"
            sx={{ position: 'absolute', right: 2, top: 2, bgcolor: '#fff', borderRadius: '50%' }}
          />
        )}
        {material.verdict === 'rejected' && (
          <CancelIcon
            color="error"
            sx={{ position: 'absolute', right: 2, top: 2, bgcolor: '#fff', borderRadius: '50%' }}
          />
        )}
      </Box>
      <Typography variant="caption" noWrap sx={{ width: '100%' }}>
        {kind}
      </Typography>
    </ButtonBase>
  );
});

/** Every uploaded material in order, its verdict on it; required ones not uploaded at the end. */
export const ThumbnailStrip = ({
  materials,
  missing,
  currentId,
  onSelect,
}: {
  materials: readonly Material[];
  missing: readonly Requirement[];
  currentId: string;
  onSelect: (id: string) => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  return (
    <Box
      component="nav"
      aria-label={translate('app.materials.thumbnails')}
      sx={{ display: 'flex', gap: 1, overflowX: 'auto', py: 0.5 }}
    >
      {materials.map((m) => (
        <Thumb key={m.id} material={m} current={m.id === currentId} onSelect={onSelect} />
      ))}
      {missing.map((m) => (
        <Box
          key={`${m.kind}:${m.owner}`}
          title={translate('app.materials.missing_title')}
          sx={{
            flex: '0 0 auto',
            width: 112,
            height: 88,
            border: 2,
            borderStyle: 'dashed',
            borderColor: 'error.main',
            borderRadius: 1,
            display: 'grid',
            placeItems: 'center',
            textAlign: 'center',
            color: 'error.main',
            p: 0.5,
          }}
        >
          <ReportIcon aria-hidden />
          <Typography variant="caption">
            {translate(m.blocking ? 'app.materials.missing' : 'app.materials.maybe_missing', {
              kind: enumLabel('materials', 'kind', m.kind),
            })}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
