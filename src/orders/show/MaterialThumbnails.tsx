import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { currentSubmissionMaterials } from '../../domain/resubmission';
import type { Material, Order } from '../../domain/types';
import { MaterialWorkspace } from '../../materials/MaterialWorkspace';
import { Section } from '../../shared/Section';
import { MaterialThumbnail } from './MaterialThumbnail';
import { MATERIALS_FRESH_MS, orderMaterialsParams } from './orderPrefetch';
import { useShortcut } from '../../keyboard/useShortcuts';

/** 备案材料: the current submission's uploads as a grid of thumbnails, each with its verdict. */
export const MaterialThumbnails = ({
  orderId,
  revision,
}: {
  orderId: string;
  revision: number;
}) => {
  const translate = useTranslate();
  const record = useRecordContext<Order>();
  // The material the side-by-side workspace is open on (src/materials).
  const [open, setOpen] = useState<string | null>(null);
  const { data = [], isPending } = useGetList<Material>(
    'materials',
    orderMaterialsParams(orderId),
    { staleTime: MATERIALS_FRESH_MS },
  );
  const materials = currentSubmissionMaterials(data, revision);
  useShortcut(
    { scope: 'page', group: 'app.keyboard.groups.order' },
    {
      keys: ['v'],
      description: 'app.keyboard.order.view_materials',
      enabled: materials.length > 0,
      run: () =>
        setOpen((materials.find((m) => m.verdict === 'pending') ?? materials[0])?.id ?? null),
    },
  );

  return (
    <Section title={translate('resources.orders.sections.materials')}>
      {!isPending && materials.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.order.no_materials')}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
          gap: 2,
        }}
      >
        {materials.map((material) => (
          <MaterialThumbnail key={material.id} material={material} onOpen={(m) => setOpen(m.id)} />
        ))}
      </Box>
      {open && record && (
        <MaterialWorkspace
          order={record}
          materials={materials}
          initialId={open}
          onClose={() => setOpen(null)}
        />
      )}
    </Section>
  );
};
