/**
 * The mechanics of moving many rows (issue 16: a 27.7 MB backup without freezing the options page):
 * reads and writes in chunks, each chunk its own IndexedDB request, so the page renders and a progress
 * bar moves between them. They run inside the caller's transaction: chunking changes how fast and how
 * visibly, never what is written or that a failure writes nothing.
 */
import type { Table } from 'dexie';

/** Rows per request: large enough that per-request overhead vanishes, small enough to keep frames short. */
export const ROWS_PER_CHUNK = 2_000;

/** How far a long task got: `done` of `total` rows. */
export interface Progress {
  done: number;
  total: number;
}
export type ProgressListener = (progress: Progress) => void;

/** Counts rows done over several tables and reports each step to the listener. */
export class ProgressCounter {
  private done = 0;
  constructor(
    readonly total: number,
    private readonly listener: ProgressListener | undefined,
  ) {
    listener?.({ done: 0, total });
  }

  add(rows: number): void {
    this.done += rows;
    this.listener?.({ done: this.done, total: this.total });
  }
}

export async function bulkGetInChunks<T>(table: Table, keys: readonly unknown[], progress?: ProgressCounter): Promise<Array<T | undefined>> {
  const found: Array<T | undefined> = [];
  for (let start = 0; start < keys.length; start += ROWS_PER_CHUNK) {
    const chunk = keys.slice(start, start + ROWS_PER_CHUNK);
    found.push(...((await table.bulkGet(chunk as never[])) as Array<T | undefined>));
    progress?.add(chunk.length);
  }
  return found;
}

export async function bulkPutInChunks(table: Table, rows: readonly unknown[], progress?: ProgressCounter): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const chunk = rows.slice(start, start + ROWS_PER_CHUNK);
    await table.bulkPut(chunk as never[]);
    progress?.add(chunk.length);
  }
}

/** The primary key of a stored row (compound keys as arrays), to continue after it. */
function primaryKeyOf(table: Table, row: Record<string, unknown>): unknown {
  const path = table.schema.primKey.keyPath;
  return Array.isArray(path) ? path.map((part) => row[part]) : row[path as string];
}

/** Every row of a table in primary-key order, one chunk per request. */
export async function readInChunks(table: Table, onChunk: (rows: Array<Record<string, unknown>>) => void, progress?: ProgressCounter): Promise<void> {
  let after: unknown;
  for (;;) {
    const collection = after === undefined ? table.toCollection() : table.where(':id').above(after);
    const rows = (await collection.limit(ROWS_PER_CHUNK).toArray()) as Array<Record<string, unknown>>;
    if (rows.length > 0) onChunk(rows);
    progress?.add(rows.length);
    if (rows.length < ROWS_PER_CHUNK) return;
    after = primaryKeyOf(table, rows[rows.length - 1]!);
  }
}
