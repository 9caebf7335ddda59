import CloseIcon from '@mui/icons-material/Close';
import { Box, Dialog, IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Material, Order } from '../domain/types';
import { useShortcutHelp } from '../keyboard/ShortcutProvider';
import { useEnumLabel } from '../shared/useEnumLabel';
import { CompareStage } from './CompareStage';
import { CrossCheckPanel } from './CrossCheckPanel';
import { MaterialStage } from './MaterialStage';
import { MissingMaterials } from './MissingMaterials';
import { RejectMaterialDialog } from './RejectMaterialDialog';
import { ThumbnailStrip } from './ThumbnailStrip';
import { useMaterialVerdict } from './useMaterialVerdict';
import { useViewerKeys } from './useViewerKeys';
import { useViewTransform } from './useViewTransform';
import { useWorkspace } from './useWorkspace';
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
  const { openHelp } = useShortcutHelp();
  const [rejecting, setRejecting] = useState(false);
  const w = useWorkspace(order, materials, initialId);
  const { material, compared, canDecide } = w;
  const view = useViewTransform(material?.id ?? '');
  const { setVerdict, isPending } = useMaterialVerdict(order);
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const accept = () => {
    if (!canDecide || !material || isPending) return;
    setVerdict(material.id, 'accepted');
    // Looked at and accepted: on to the next one still waiting, if any.
    const waiting = [...materials.slice(w.index + 1), ...materials.slice(0, w.index)];
    const next = waiting.find((m) => m.verdict === 'pending');
    if (next) w.select(next.id);
  };
  const reject = () => canDecide && setRejecting(true);

  useViewerKeys('material-workspace-title', canDecide, {
    step: w.step,
    zoom: view.zoomBy,
    rotate: view.rotate,
    fit: view.toggleFit,
    accept,
    reject,
    compare: w.toggleCompare,
    fullscreen,
    help: openHelp,
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
            position={t('position', { index: w.index + 1, total: materials.length })}
            onStep={w.step}
            onFullscreen={fullscreen}
            compare={compared !== undefined}
            onCompare={w.toggleCompare}
            onHelp={openHelp}
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
            // The field check needs about 540 px for its four columns (Chinese field names are
            // not broken inside a word); the image takes the rest.
            gridTemplateColumns: compared ? '1fr 1fr' : 'minmax(0, 1fr) minmax(540px, 38%)',
          }}
        >
          <MaterialStage
            material={material}
            image={w.blobs(material.id)}
            view={view}
            label={t('image_alt', { kind, id: material.id })}
          />
          {compared ? (
            <CompareStage
              materials={w.comparable}
              material={compared}
              image={w.blobs(compared.id)}
              onChange={w.compareWith}
            />
          ) : (
            <Box
              tabIndex={0}
              aria-label={t('check_title')}
              sx={{ overflowY: 'auto', minWidth: 0, pr: 0.5 }}
            >
              <CrossCheckPanel rows={w.rows} orderId={order.id} materialId={material.id} />
              <MissingMaterials missing={w.missing} />
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
          missing={w.missing}
          currentId={material.id}
          onSelect={w.select}
        />
      </Stack>
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
