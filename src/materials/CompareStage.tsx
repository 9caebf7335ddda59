import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Material } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';
import { MaterialStage } from './MaterialStage';
import type { BlobState } from './useMaterialBlobs';
import { useViewTransform } from './useViewTransform';

/**
 * What to put beside a material: for an ID card, the verification photo of the same person; for
 * anything else, the same kind from the previous revision if there is one; else the next material.
 */
export function comparePartner(materials: readonly Material[], current: Material): string | null {
  const others = materials.filter((m) => m.id !== current.id);
  const identity = ['id_card_front', 'passport', 'travel_permit'].includes(current.kind);
  const partner = identity
    ? (others.find((m) => m.kind === 'verification_photo' && m.owner === current.owner) ??
      others.find((m) => m.kind === 'verification_photo'))
    : (others.find(
        (m) =>
          m.revision < current.revision && m.kind === current.kind && m.owner === current.owner,
      ) ?? others.find((m) => m.revision === current.revision && m.id > current.id));
  return partner?.id ?? others[0]?.id ?? null;
}

/** The second material in compare mode, with its own zoom and (stored) rotation. */
export const CompareStage = ({
  materials,
  material,
  image,
  onChange,
}: {
  materials: readonly Material[];
  material: Material;
  image: BlobState;
  onChange: (id: string) => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const view = useViewTransform(material.id);
  const kind = enumLabel('materials', 'kind', material.kind);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, minHeight: 0, height: '100%' }}>
      <TextField
        select
        size="small"
        label={translate('app.materials.compare_with')}
        value={material.id}
        onChange={(event) => onChange(event.target.value)}
      >
        {materials.map((m) => (
          <MenuItem key={m.id} value={m.id}>
            {`${enumLabel('materials', 'kind', m.kind)} · ${translate('app.materials.revision', { revision: m.revision })} · ${m.id}`}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <MaterialStage
          material={material}
          image={image}
          view={view}
          label={translate('app.materials.image_alt', { kind, id: material.id })}
        />
      </Box>
    </Box>
  );
};
