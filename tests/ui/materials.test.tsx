import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/db';
import {
  materialDefectOf,
  seedMaterialDefects,
  type MaterialDefect,
  type MaterialDefectRecord,
} from '../../mocks/seed/materialDefects';
import type { Order } from '../../src/domain/types';
import { api, renderApp, signInAs } from './helpers';

/** The first order of the seed (1, as resetMock builds it) carrying each material defect. */
function orderWith(defect: MaterialDefect): { order: Order; where: MaterialDefectRecord } {
  for (const row of db.orders.all()) {
    const order = db.orders.materialize(row);
    if (materialDefectOf(order, db.params.seed) !== defect) continue;
    db.materialsOf(order.id);
    return { order, where: seedMaterialDefects.get(order.id)! };
  }
  throw new Error(`no order with ${defect}`);
}

const KIND_LABELS: Record<string, string> = {
  id_card_front: '身份证人像面',
  id_card_back: '身份证国徽面',
  passport: '护照',
  travel_permit: '通行证',
  verification_photo: '核验照片',
  commitment_letter: '承诺书',
  business_license: '营业执照',
};

async function openWorkspace(order: Order, kind: string) {
  const view = renderApp({ route: `/orders/${order.id}/show` });
  const buttons = await screen.findAllByRole(
    'button',
    { name: `查看大图：${KIND_LABELS[kind]}` },
    { timeout: 10_000 },
  );
  await waitFor(() => expect(buttons[0]).toBeEnabled());
  await view.user.click(buttons[0]!);
  const dialog = await screen.findByRole('dialog', { name: /材料核对/ });
  return { ...view, dialog };
}

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  number: '证件号码',
  address: '住址',
  validTo: '有效期至',
  orientation: '图像方向',
  background: '背景颜色',
  persons: '画面人数',
};

describe('the cross-check marks every planted defect on its field', () => {
  it.each([
    ['NAME_MISMATCH', '不一致'],
    ['NUMBER_MISMATCH', '不一致'],
    ['NEAR_MATCH', '近似，请再看一眼'],
    ['EXPIRED', '已过期'],
    ['UPSIDE_DOWN', '不一致'],
    ['BACKGROUND', '不一致'],
    ['SECOND_PERSON', '不一致'],
  ] as const)('%s', async (defect, mark) => {
    await signInAs('reviewer1');
    const { order, where } = orderWith(defect);
    const { dialog } = await openWorkspace(order, where.kind);
    const check = within(dialog).getByRole('region', { name: '字段核对' });
    const rows = within(check).getAllByRole('row').slice(1);
    const flagged = rows.filter((row) => !within(row).queryByText(/^(一致|有效)$/));
    expect(flagged.map((row) => row.getAttribute('aria-label'))).toEqual([
      FIELD_LABELS[where.field!],
    ]);
    expect(within(flagged[0]!).getByText(mark)).toBeInTheDocument();
    expect(within(check).getByText('1 处需注意')).toBeInTheDocument();
  });

  it('a validity the applicant does not type is checked against the review day, not called a match', async () => {
    await signInAs('reviewer1');
    // A business licence (valid 长期): the applicant types no validity for it.
    const found = db.orders
      .all()
      .map((row) => db.orders.materialize(row))
      .find(
        (o) =>
          materialDefectOf(o, db.params.seed) === null &&
          (db.materialsOf(o.id) ?? []).some((m) => m.kind === 'business_license'),
      );
    if (!found) throw new Error('the seed has no clean order with a business licence');
    const { dialog } = await openWorkspace(found, 'business_license');
    const check = within(dialog).getByRole('region', { name: '字段核对' });
    const validity = within(check).getByRole('row', { name: '有效期至' });
    expect(validity).toHaveTextContent('审核当日应在有效期内');
    expect(within(validity).getByText('有效')).toBeInTheDocument();
    expect(validity).not.toHaveTextContent('未填报');
    expect(within(check).getByText('全部一致')).toBeInTheDocument();
  });

  it('a missing material is named in the workspace', async () => {
    await signInAs('reviewer1');
    const { order } = orderWith('MISSING');
    const { dialog } = await openWorkspace(order, 'verification_photo');
    const strip = within(dialog).getByRole('navigation', { name: '材料列表' });
    expect(within(strip).getByText('缺少：承诺书')).toBeInTheDocument();
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('申请人未上传的必需材料');
    expect(alert).toHaveTextContent('缺少：承诺书');
  });
});

describe('verdicts from the keyboard', () => {
  it('accepts with A, rejects with X after a reason, and counts progress', async () => {
    const { order } = orderWith('SECOND_PERSON');
    const reviewer = await signInAs('reviewer1');
    if (order.status === 'pending_review') {
      const claimed = await api('reviewer1', `/orders/${order.id}/claim`, {
        method: 'POST',
        body: { version: order.version },
      });
      expect(claimed.status).toBe(200);
    }
    const fresh = db.order(order.id)!;
    expect(fresh.assigneeId).toBe(reviewer.id);
    const total = db.materialsOf(order.id)!.length;
    const checked = db.materialsOf(order.id)!.filter((m) => m.verdict !== 'pending').length;
    const { dialog, user } = await openWorkspace(fresh, 'verification_photo');
    expect(within(dialog).getByText(`已审 ${checked} / ${total} 份材料`)).toBeInTheDocument();
    await user.keyboard('j');
    await user.keyboard('a');
    await within(dialog).findByText(`已审 ${checked + 1} / ${total} 份材料`, {}, { timeout: 8000 });
    // A moves on to the next material still waiting; K steps on to the photo from wherever that is.
    for (
      let i = 0;
      i < total && !within(dialog).queryByRole('heading', { name: /核验照片/ });
      i += 1
    ) {
      await user.keyboard('k');
    }
    await user.keyboard('x');
    const picker = await screen.findByRole('dialog', { name: /驳回材料/ });
    // Typing the note must not trigger the viewer's keys (A would accept).
    await user.click(within(picker).getByRole('button', { name: '确认驳回' }));
    expect(within(picker).getByText('请选择驳回原因')).toBeInTheDocument();
    await user.click(within(picker).getByRole('combobox', { name: '驳回原因' }));
    await user.click(await screen.findByRole('option', { name: '核验照片或视频不合格' }));
    await user.type(
      within(picker).getByRole('textbox', { name: '补充说明（选填）' }),
      'a second face',
    );
    await user.click(within(picker).getByRole('button', { name: '确认驳回' }));
    await within(dialog).findByText(`已审 ${checked + 2} / ${total} 份材料`, {}, { timeout: 8000 });
    const photo = db.materialsOf(order.id)!.find((m) => m.kind === 'verification_photo')!;
    expect(photo.verdict).toBe('rejected');
    expect(photo.reasonCode).toBe('PHOTO_NOT_ACCEPTABLE');
  });
});

describe('the viewer’s buttons', () => {
  it('step, zoom and rotate as their keys do, and the strip opens a material', async () => {
    await signInAs('reviewer1');
    const { order } = orderWith('SECOND_PERSON');
    const total = db.materialsOf(order.id)!.length;
    const { dialog, user } = await openWorkspace(order, 'verification_photo');
    const position = (index: number) => within(dialog).getByText(`第 ${index} / ${total} 份`);
    const at = Number(/第 (\d+) \//.exec(dialog.textContent ?? '')?.[1]);

    await user.click(within(dialog).getByRole('button', { name: '下一份材料' }));
    expect(position((at % total) + 1)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '上一份材料' }));
    expect(position(at)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '放大' }));
    expect(within(dialog).getByText('125%')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '缩小' }));
    expect(within(dialog).getByText('100%')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '顺时针旋转 90°' }));
    expect(within(dialog).getByText('已旋转 90°')).toBeInTheDocument();

    // The strip: the first thumbnail opens the first material, marked as the current one.
    const strip = within(dialog).getByRole('navigation', { name: '材料列表' });
    const first = within(strip).getAllByRole('button')[0]!;
    await user.click(first);
    expect(position(1)).toBeInTheDocument();
    expect(first).toHaveAttribute('aria-current', 'true');
  });
});
