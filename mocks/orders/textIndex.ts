import { BackgroundWork } from './backgroundWork';
import type { OrderRow } from '../store/orderTable';
import {
  addAll,
  clearBit,
  eachBit,
  emptyBitmap,
  hasBit,
  intersect,
  setBit,
  type Bitmap,
} from './bitmap';

/**
 * The rows' search texts (orderTable.ts: `publicText`, `secretText`) joined into one string per
 * block of rows, for `q`: one native `indexOf` over a block finds a part of a number or a name in
 * a few milliseconds where a call per row over 100,000 rows took tens. A match is mapped back to its
 * row by the block's row offsets; the search then goes on after that row. Rows are joined with a
 * newline, which neither a search text line nor a needle holds, so no match spans two rows.
 *
 * A changed row drops its block, which is joined again on the next search (a block is small: a
 * write costs the next search a fraction of a millisecond).
 *
 * Numbers are mostly digits, where a scan finds a candidate at almost every character: a run of
 * three or more digits is looked up instead in bitmaps of the rows holding each three-digit
 * sequence in their secret text (built ahead, see below), and every candidate is checked on its
 * text. Rows changed since the bitmaps were begun are checked on their text too; after many
 * changes the bitmaps are built again.
 *
 * A large data set builds the blocks and the bitmaps in the background after a reset, in slices of
 * a few milliseconds between requests (as checkSummary.ts does), so that the first search does
 * not pay for them; a search that comes first finishes what is left itself.
 */

const BLOCK_ROWS = 1024;
const SEPARATOR = '\n';
const DIGIT_RUN = /^\d{3,}$/;
/** Changed rows checked one by one before the digit bitmaps are built again. */
const STALE_LIMIT = 2_000;
/** Smaller data sets build on first use. */
const BACKGROUND_FROM = 2_000;
/** Rows read between two looks at the clock while building the digit bitmaps. */
const TRIGRAM_STEP = 512;

interface Block {
  text: string;
  /** Where each row of the block starts in `text`, and where the text ends (one more entry). */
  starts: Int32Array;
}

type Kind = 'publicText' | 'secretText';

export class TextIndex {
  private rows: readonly OrderRow[] = [];
  private readonly blocks: Record<Kind, (Block | null)[]> = { publicText: [], secretText: [] };
  /** Per three-digit sequence (its number, 0–999), the rows whose secret text holds it. */
  private trigrams: Bitmap[] | null = null;
  /** Digit bitmaps being built: rows before `next` are in them. */
  private building: { trigrams: Bitmap[]; next: number } | null = null;
  /** Rows changed since the trigram bitmaps were begun. */
  private stale: number[] = [];
  private staleBits: Bitmap = emptyBitmap(0);
  private readonly background = new BackgroundWork((until) => {
    for (const kind of ['publicText', 'secretText'] as const) {
      const blocks = this.blocks[kind];
      for (let b = 0; b < blocks.length && performance.now() < until; b += 1) this.block(kind, b);
    }
    if (performance.now() < until && !this.trigrams) this.buildTrigrams(until);
    return !!this.trigrams && !Object.values(this.blocks).some((list) => list.includes(null));
  });

  load(rows: readonly OrderRow[]): void {
    this.rows = rows;
    this.trigrams = null;
    this.building = null;
    this.stale = [];
    const count = Math.ceil(rows.length / BLOCK_ROWS);
    this.blocks.publicText = new Array<Block | null>(count).fill(null);
    this.blocks.secretText = new Array<Block | null>(count).fill(null);
    if (rows.length >= BACKGROUND_FROM) this.background.start();
  }

  /** A row's search text changed. */
  invalidate(row: OrderRow): void {
    const block = Math.floor(row.position / BLOCK_ROWS);
    this.blocks.publicText[block] = null;
    this.blocks.secretText[block] = null;
    if ((this.trigrams || this.building) && !hasBit(this.staleBits, row.position)) {
      setBit(this.staleBits, row.position);
      this.stale.push(row.position);
      if (this.stale.length > STALE_LIMIT) [this.trigrams, this.building] = [null, null];
    }
  }

  /**
   * Sets in `bits` every row whose secret text contains `pattern`, which holds `digits` (three or
   * more digits: `pattern` itself, or it as a whole line).
   */
  markNumber(digits: string, pattern: string, bits: Bitmap): void {
    if (!DIGIT_RUN.test(digits) || !pattern.includes(digits)) {
      this.mark('secretText', pattern, bits);
      return;
    }
    const trigrams = this.digitTrigrams();
    const sets: Bitmap[] = [];
    for (let i = 0; i + 3 <= digits.length; i += 1) {
      sets.push(trigrams[Number(digits.slice(i, i + 3))] as Bitmap);
    }
    const check = (position: number) => {
      if ((this.rows[position] as OrderRow).secretText.includes(pattern)) setBit(bits, position);
    };
    const candidates = intersect(sets);
    if (pattern === digits && digits.length === 3) {
      // Three digits are one sequence: its bitmap is the answer for every row not changed since.
      for (const position of this.stale) clearBit(candidates, position);
      addAll(bits, candidates);
    } else {
      eachBit(candidates, check);
    }
    this.stale.forEach(check);
  }

  /** Sets in `bits` the position of every row whose text of that kind contains `needle`. */
  mark(kind: Kind, needle: string, bits: Bitmap): void {
    if (needle === '' || needle.includes(SEPARATOR)) {
      // Never asked by `q` (a needle is trimmed text): answered row by row all the same.
      for (const row of this.rows) if (row[kind].includes(needle)) setBit(bits, row.position);
      return;
    }
    const blocks = this.blocks[kind];
    for (let b = 0; b < blocks.length; b += 1) {
      const { text, starts } = this.block(kind, b);
      let at = text.indexOf(needle);
      while (at >= 0) {
        // The last row starting at or before the match.
        let [lo, hi] = [0, starts.length - 2];
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((starts[mid] as number) <= at) lo = mid;
          else hi = mid - 1;
        }
        setBit(bits, b * BLOCK_ROWS + lo);
        at = text.indexOf(needle, starts[lo + 1]);
      }
    }
  }

  private digitTrigrams(): Bitmap[] {
    if (!this.trigrams) this.buildTrigrams(Infinity);
    return this.trigrams as Bitmap[];
  }

  /** Goes on building the digit bitmaps until done or `until` (a `performance.now()`) passed. */
  private buildTrigrams(until: number): void {
    if (!this.building) {
      const size = this.rows.length;
      this.building = { trigrams: Array.from({ length: 1000 }, () => emptyBitmap(size)), next: 0 };
      this.stale = [];
      this.staleBits = emptyBitmap(size);
    }
    const building = this.building;
    while (building.next < this.rows.length && performance.now() < until) {
      const end = Math.min(building.next + TRIGRAM_STEP, this.rows.length);
      for (let position = building.next; position < end; position += 1) {
        const text = (this.rows[position] as OrderRow).secretText;
        // The last three characters seen as one number while they are all digits.
        let [code, run] = [0, 0];
        for (let i = 0; i < text.length; i += 1) {
          const digit = text.charCodeAt(i) - 48;
          if (digit < 0 || digit > 9) {
            run = 0;
            continue;
          }
          code = (code * 10 + digit) % 1000;
          run += 1;
          if (run >= 3) setBit(building.trigrams[code] as Bitmap, position);
        }
      }
      building.next = end;
    }
    if (building.next >= this.rows.length) {
      this.trigrams = building.trigrams;
      this.building = null;
    }
  }

  private block(kind: Kind, b: number): Block {
    let block = this.blocks[kind][b];
    if (!block) {
      const rows = this.rows.slice(b * BLOCK_ROWS, (b + 1) * BLOCK_ROWS);
      const starts = new Int32Array(rows.length + 1);
      let offset = 0;
      rows.forEach((row, i) => {
        starts[i] = offset;
        offset += row[kind].length + SEPARATOR.length;
      });
      starts[rows.length] = offset;
      block = { text: rows.map((row) => row[kind]).join(SEPARATOR), starts };
      this.blocks[kind][b] = block;
    }
    return block;
  }
}
