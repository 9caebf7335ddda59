import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageTurn } from '../../src/orders/show/imagesInTurn';

describe('new images are shown one at a time', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets the first through at once and each next one a frame after the one before', async () => {
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const shown: string[] = [];
    for (const url of ['blob:1', 'blob:2', 'blob:3'])
      void imageTurn(url).then(() => shown.push(url));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(shown).toEqual(['blob:1']);
    frames.shift()?.();
    await settle();
    expect(shown).toEqual(['blob:1', 'blob:2']);
    frames.shift()?.();
    await settle();
    expect(shown).toEqual(['blob:1', 'blob:2', 'blob:3']);
    frames.shift()?.();
  });
});
