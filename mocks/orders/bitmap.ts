/**
 * Sets of row positions as bitmaps (one bit per row of the table): how a database answers a
 * conjunction of filters on enumerated columns. Intersecting two filters of 100,000 rows is 3,125
 * word operations, counting the result as many, with no row visited.
 */

export type Bitmap = Uint32Array;

export function emptyBitmap(size: number): Bitmap {
  return new Uint32Array((size + 31) >>> 5);
}

export function fullBitmap(size: number): Bitmap {
  const bits = emptyBitmap(size);
  bits.fill(0xffffffff);
  const spare = bits.length * 32 - size;
  if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
  return bits;
}

export function hasBit(bits: Bitmap, position: number): boolean {
  return ((bits[position >>> 5] as number) & (1 << (position & 31))) !== 0;
}

export function setBit(bits: Bitmap, position: number): void {
  bits[position >>> 5] = (bits[position >>> 5] as number) | (1 << (position & 31));
}

export function clearBit(bits: Bitmap, position: number): void {
  bits[position >>> 5] = (bits[position >>> 5] as number) & ~(1 << (position & 31));
}

/** A new bitmap: the rows in every one of `sets` (at least one). */
export function intersect(sets: readonly Bitmap[]): Bitmap {
  const [first, ...rest] = sets as [Bitmap, ...Bitmap[]];
  const result = first.slice();
  for (const other of rest) {
    for (let i = 0; i < result.length; i += 1) {
      result[i] = (result[i] as number) & (other[i] as number);
    }
  }
  return result;
}

/** A new bitmap: the rows in any of `sets` (at least one). */
export function union(sets: readonly Bitmap[]): Bitmap {
  const [first, ...rest] = sets as [Bitmap, ...Bitmap[]];
  const result = first.slice();
  for (const other of rest) {
    for (let i = 0; i < result.length; i += 1) {
      result[i] = (result[i] as number) | (other[i] as number);
    }
  }
  return result;
}

/** Adds the rows of `source` to `target`. */
export function addAll(target: Bitmap, source: Bitmap): void {
  for (let i = 0; i < target.length; i += 1) {
    target[i] = (target[i] as number) | (source[i] as number);
  }
}

export function countBits(bits: Bitmap): number {
  let count = 0;
  for (let i = 0; i < bits.length; i += 1) {
    let word = bits[i] as number;
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    count += Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return count;
}

/** Visits the position of every set bit, in ascending order. */
export function eachBit(bits: Bitmap, visit: (position: number) => void): void {
  for (let i = 0; i < bits.length; i += 1) {
    let word = bits[i] as number;
    while (word !== 0) {
      const low = word & -word;
      visit((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}
