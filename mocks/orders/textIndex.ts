import type { OrderRow } from '../store/orderTable';
import { setBit, type Bitmap } from './bitmap';

/**
 * The rows' search texts (orderTable.ts: `publicText`, `secretText`) joined into one string per
 * block of rows, for `q`: one native `indexOf` over a block finds a part of a number or a name in
 * a few milliseconds where a call per row over 100,000 rows took tens. A match is mapped back to its
 * row by the block's row offsets; the search then goes on after that row. Rows are joined with a
 * newline, which neither a search text line nor a needle holds, so no match spans two rows.
 *
 * A changed row drops its block, which is joined again on the next search (a block is small: a
 * write costs the next search a fraction of a millisecond).
 */

const BLOCK_ROWS = 1024;
const SEPARATOR = '\n';

interface Block {
  text: string;
  /** Where each row of the block starts in `text`, and where the text ends (one more entry). */
  starts: Int32Array;
}

type Kind = 'publicText' | 'secretText';

export class TextIndex {
  private rows: readonly OrderRow[] = [];
  private readonly blocks: Record<Kind, (Block | null)[]> = { publicText: [], secretText: [] };

  load(rows: readonly OrderRow[]): void {
    this.rows = rows;
    const count = Math.ceil(rows.length / BLOCK_ROWS);
    this.blocks.publicText = new Array<Block | null>(count).fill(null);
    this.blocks.secretText = new Array<Block | null>(count).fill(null);
  }

  /** A row's search text changed. */
  invalidate(row: OrderRow): void {
    const block = Math.floor(row.position / BLOCK_ROWS);
    this.blocks.publicText[block] = null;
    this.blocks.secretText[block] = null;
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
