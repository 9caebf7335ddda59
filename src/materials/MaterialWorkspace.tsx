import CloseIcon from '@mui/icons-material/Close';
import { Box, Dialog, IconButton, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { crossCheckMaterial, missingMaterials } from '../domain/crossCheck';
import { allowedActions } from '../domain/status';
import { cstDate } from '../domain/time';
import type { Material, Order, Role } from '../domain/types';
import { serverNow } from '../providers/serverClock';
import { useEnumLabel } from '../shared/useEnumLabel';
import { CompareStage, comparePartner } from './CompareStage';
import { CrossCheckPanel } from './CrossCheckPanel';
import { KeyboardHelp } from './KeyboardHelp';
import { MaterialStage } from './MaterialStage';
import { MissingMaterials } from './MissingMaterials';
import { RejectMaterialDialog } from './RejectMaterialDialog';
import { ThumbnailStrip } from './ThumbnailStrip';
import { useMaterialBlobs } from './useMaterialBlobs';
import { useMaterialVerdict } from './useMaterialVerdict';
import { useViewerKeys } from './useViewerKeys';
import { useViewTransform } from './useViewTransform';
import { VerdictBar } from './VerdictBar';
import { ViewerToolbar } from './ViewerToolbar';

/**
 * The side-by-side workspace: a material's scan on the left (zoom, pan, rotate, fit, full screen),
 * the typed fields it must match beside what was read from it on the right, verdicts below; or, in
 * compare mode, two scans side by side. Everything has a key.
 */
export const MaterialWorkspace = ({
  order,
  materials,
  initialId,
  onClose,
}: {
  order: Order;
  materials: readonly Material[];
  initialId: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const { identity } = useGetIdentity();
  const [currentId, setCurrentId] = useState(initialId);
  const [compareId, setCompareId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const material = materials.find((m) => m.id === currentId) ?? materials[0];
  const index = material ? materials.indexOf(material) : 0;
  const view = useViewTransform(material?.id ?? '');
  // The previous revision's uploads, to compare "this time" with "last time" after a rejection.
  const { data: previous = [] } = useGetList<Material>(
    'materials',
    {
      filter: { orderId: order.id, revision: order.revision - 1 },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: order.revision > 1 },
  );
  const comparable = useMemo(() => [...materials, ...previous], [materials, previous]);
  const compared = compareId ? comparable.find((m) => m.id === compareId) : undefined;
  const blobs = useMaterialBlobs(
    materials.map((m) => m.id),
    [material?.id ?? '', compared?.id ?? ''],
  );
  const { setVerdict, isPending } = useMaterialVerdict(order);
  const canDecide =
    !!identity &&
    allowedActions(order, { id: String(identity.id), role: identity.role as Role }).includes(
      'verdict',
    );
  const rows = useMemo(
    () => (material ? crossCheckMaterial(order, material, cstDate(serverNow())) : []),
    [order, material],
  );
  const missing = useMemo(() => missingMaterials(order, materials), [order, materials]);

  const step = (delta: number) =>
    setCurrentId(materials[(index + delta + materials.length) % materials.length]?.id ?? currentId);
  const toggleCompare = () =>
    setCompareId((id) => (id || !material ? null : comparePartner(comparable, material)));
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const accept = () => canDecide && material && setVerdict(material.id, 'accepted');
  const reject = () => canDecide && setRejecting(true);

  useViewerKeys(!help && !rejecting, {
    step,
    zoom: view.zoomBy,
    rotate: view.rotate,
    fit: view.toggleFit,
    accept,
    reject,
    compare: toggleCompare,
    fullscreen,
    help: () => setHelp(true),
  });

  if (!material) return null;
  const kind = enumLabel('materials', 'kind', material.kind);
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`app.materials.${key}`, args);

  return (
    <Dialog open fullScreen onClose={onClose} aria-labelledby="material-workspace-title">
      <Stack sx={{ height: '100%', p: 1.5, gap: 1 }}>
        <Stack direction="row" alignItems="center" spacing={1} useFlexGap flexWrap="wrap">
          <Typography id="material-workspace-title" variant="h6" component="h2" sx={{ mr: 1 }}>
            {t('workspace', { kind })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
            {`${order.id} · ${material.id}`}
          </Typography>
          <ViewerToolbar
            view={view}
            position={t('position', { index: index + 1, total: materials.length })}
            onStep={step}
            onFullscreen={fullscreen}
            compare={compared !== undefined}
            onCompare={toggleCompare}
            onHelp={() => setHelp(true)}
          />
          <IconButton aria-label={t('close')} onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Stack>
        <Box
          sx={{
            flex: 1,
            minHeight: 0,
            display: 'grid',
            gap: 1.5,
            gridTemplateColumns: compared ? '1fr 1fr' : 'minmax(0, 1fr) minmax(340px, 34%)',
          }}
        >
          <MaterialStage
            material={material}
            image={blobs(material.id)}
            view={view}
            label={t('image_alt', { kind, id: material.id })}
          />
          {compared ? (
            <CompareStage
              materials={comparable}
              material={compared}
              image={blobs(compared.id)}
              onChange={setCompareId}
            />
          ) : (
            <Box sx={{ overflowY: 'auto', minWidth: 0, pr: 0.5 }}>
              <CrossCheckPanel rows={rows} />
              <MissingMaterials missing={missing} />
            </Box>
          )}
        </Box>
        <VerdictBar
          material={material}
          materials={materials}
          canDecide={canDecide}
          isPending={isPending}
          onAccept={accept}
          onReject={reject}
        />
        <ThumbnailStrip
          materials={materials}
          missing={missing}
          currentId={material.id}
          onSelect={setCurrentId}
        />
      </Stack>
      <KeyboardHelp open={help} onClose={() => setHelp(false)} />
      {rejecting && (
        <RejectMaterialDialog
          open
          kind={material.kind}
          kindLabel={kind}
          onCancel={() => setRejecting(false)}
          onConfirm={(reasonCode, note) => {
            setRejecting(false);
            setVerdict(material.id, 'rejected', reasonCode, note || undefined);
          }}
        />
      )}
    </Dialog>
  );
};
