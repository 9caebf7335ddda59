import { Box, Dialog, DialogContent, DialogTitle, IconButton, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { Material } from '../../domain/types';
import { Section } from '../../shared/Section';
import { useEnumLabel } from '../../shared/useEnumLabel';
import { MaterialThumbnail } from './MaterialThumbnail';

/** 备案材料: the current submission's uploads as a grid of thumbnails, each with its verdict. */
export const MaterialThumbnails = ({
  orderId,
  revision,
}: {
  orderId: string;
  revision: number;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [open, setOpen] = useState<{ material: Material; url: string } | null>(null);
  const { data = [], isPending } = useGetList<Material>('materials', {
    filter: { orderId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const current = data.filter((m) => m.revision === undefined || m.revision === revision);
  const materials = current.length > 0 ? current : data;

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
          <MaterialThumbnail
            key={material.id}
            material={material}
            onOpen={(m, url) => setOpen({ material: m, url })}
          />
        ))}
      </Box>
      <Dialog open={open !== null} onClose={() => setOpen(null)} maxWidth="lg">
        {open && (
          <>
            <DialogTitle sx={{ pr: 6 }}>
              {enumLabel('materials', 'kind', open.material.kind)}
              <IconButton
                aria-label={translate('ra.action.close')}
                onClick={() => setOpen(null)}
                sx={{ position: 'absolute', right: 8, top: 8 }}
              >
                <CloseIcon />
              </IconButton>
            </DialogTitle>
            <DialogContent>
              <Box
                component="img"
                src={open.url}
                alt={enumLabel('materials', 'kind', open.material.kind)}
                sx={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', mx: 'auto' }}
              />
            </DialogContent>
          </>
        )}
      </Dialog>
    </Section>
  );
};
