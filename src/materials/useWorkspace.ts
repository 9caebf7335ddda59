import { useMemo, useState } from 'react';
import { useGetIdentity, useGetList } from 'react-admin';
import { missingMaterials } from '../domain/checks/materialChecks';
import { crossCheckMaterial } from '../domain/crossCheck';
import { allowedActions } from '../domain/status';
import { cstDate } from '../domain/time';
import type { Material, Order, Role } from '../domain/types';
import { serverNow } from '../providers/serverClock';
import { comparePartner } from './CompareStage';
import { useMaterialBlobs } from './useMaterialBlobs';

/**
 * The workspace's state: which material is on screen and which beside it, their images, the
 * cross-check of the current one, what is missing, and whether the signed-in user may decide.
 */
export function useWorkspace(order: Order, materials: readonly Material[], initialId: string) {
  const { identity } = useGetIdentity();
  const [currentId, setCurrentId] = useState(initialId);
  const [compareId, setCompareId] = useState<string | null>(null);
  const material = materials.find((m) => m.id === currentId) ?? materials[0];
  const index = material ? materials.indexOf(material) : 0;
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

  return {
    material,
    index,
    step,
    select: setCurrentId,
    compared,
    comparable,
    compareWith: setCompareId,
    toggleCompare,
    blobs,
    rows,
    missing,
    canDecide,
  };
}
