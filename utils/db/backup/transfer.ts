/**
 * Export, preview and merge-import of backups. The import merges: a row is added when it is new, and
 * replaces the stored one only when its `updatedAt` is newer; nothing is deleted. All of it happens in
 * ONE transaction over every table, so a failed import changes nothing; inside it rows move in chunks
 * (chunks.ts) with progress, so a large file does not freeze the page.
 */
import type { Table } from 'dexie';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type TableName, type ZettelDatabase } from '../schema.ts';
import { ProgressCounter, bulkGetInChunks, bulkPutInChunks, readInChunks, type ProgressListener } from './chunks.ts';
import { recordProblem } from '../record-checks.ts';
import { getSettings } from '../repositories/settings.ts';
import type { SettingKey } from '../settings.ts';
import { BACKUP_FORMAT, dexieKey, rowKey, type BackupFile, type BackupRows } from './format.ts';

/** A stored row that a backup could not restore (only rows written before every write was checked). */
export class UnexportableRowError extends Error {
  constructor(
    readonly table: TableName,
    readonly key: string,
    readonly field: string,
  ) {
    super(`${table} ${key}: ${field} is not valid`);
    this.name = 'UnexportableRowError';
  }
}

/**
 * Export checks what it writes with the importer's own rules, so the file it hands out can be
 * restored. A setting whose stored value is invalid is left out: the app already reads it as its
 * default, and so will the restored database.
 */
function exportableRows(table: TableName, rows: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> {
  const kept: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    const problem = recordProblem(table, row);
    if (!problem) kept.push(row);
    else if (table !== 'settings') throw new UnexportableRowError(table, rowKey(table, row), problem.path.map(String).join('.'));
  }
  return kept;
}

export interface ExportOptions {
  zettelVersion?: string;
  now?: number;
  onProgress?: ProgressListener;
}

/**
 * Reads every table in one read transaction, chunk by chunk (see chunks.ts), handing each chunk to
 * `onChunk`; returns the file's header fields.
 */
async function readForExport(db: ZettelDatabase, options: ExportOptions, onChunk: (table: TableName, rows: Array<Record<string, unknown>>) => void): Promise<Omit<BackupFile, 'data'>> {
  await db.transaction('r', db.allTables(), async () => {
    const sizes = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
    const progress = new ProgressCounter(sizes.reduce((sum, size) => sum + size, 0), options.onProgress);
    for (const name of TABLE_NAMES) await readInChunks(db.table(name), (rows) => onChunk(name, exportableRows(name, rows)), progress);
  });
  return {
    format: BACKUP_FORMAT,
    version: CURRENT_SCHEMA_VERSION,
    exportedAt: options.now ?? Date.now(),
    ...(options.zettelVersion ? { zettelVersion: options.zettelVersion } : {}),
  };
}

export async function exportBackup(db: ZettelDatabase, options: ExportOptions = {}): Promise<BackupFile> {
  const data = Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as Record<TableName, unknown[]>;
  const header = await readForExport(db, options, (name, rows) => data[name].push(...rows));
  return { ...header, data: data as BackupRows };
}

/**
 * The backup file's text, exactly `JSON.stringify(await exportBackup(…))`, as parts for a Blob: built one
 * chunk at a time, so no single step stringifies 100,000 rows and the page keeps rendering.
 */
export async function exportBackupParts(db: ZettelDatabase, options: ExportOptions = {}): Promise<{ parts: string[]; exportedAt: number; rows: number }> {
  const bodies = new Map<TableName, string[]>(TABLE_NAMES.map((name) => [name, []]));
  let rows = 0;
  const header = await readForExport(db, options, (name, chunk) => {
    bodies.get(name)!.push(JSON.stringify(chunk).slice(1, -1));
    rows += chunk.length;
  });
  const parts = [`${JSON.stringify(header).slice(0, -1)},"data":{`];
  TABLE_NAMES.forEach((name, index) => {
    parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(name)}:[`, bodies.get(name)!.filter((body) => body !== '').join(','), ']');
  });
  parts.push('}}');
  return { parts, exportedAt: header.exportedAt, rows };
}

export function backupFileName(exportedAt: number): string {
  const stamp = new Date(exportedAt).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `zettel-backup-${stamp}.json`;
}

export interface TableImportCounts {
  added: number;
  changed: number;
  /** Already stored with the same or a newer `updatedAt`: kept as stored. */
  unchanged: number;
}
export type ImportPreview = Record<TableName, TableImportCounts>;

type Decision = 'add' | 'change' | 'keep';

async function decide(table: Table, name: TableName, rows: ReadonlyArray<Record<string, unknown>>, progress?: ProgressCounter): Promise<Decision[]> {
  // Restoring into an emptied database is the common case: nothing to compare against.
  const empty = rows.length === 0 || (await table.count()) === 0;
  const stored = empty ? [] : await bulkGetInChunks<{ updatedAt: number }>(table, rows.map((row) => dexieKey(name, row)), progress);
  if (empty) progress?.add(rows.length);
  return rows.map((row, index) => {
    const existing = stored[index];
    if (!existing) return 'add';
    return (row.updatedAt as number) > existing.updatedAt ? 'change' : 'keep';
  });
}

function count(decisions: Decision[]): TableImportCounts {
  return {
    added: decisions.filter((decision) => decision === 'add').length,
    changed: decisions.filter((decision) => decision === 'change').length,
    unchanged: decisions.filter((decision) => decision === 'keep').length,
  };
}

function rowsOf(backup: BackupFile, name: TableName): ReadonlyArray<Record<string, unknown>> {
  return backup.data[name] as ReadonlyArray<Record<string, unknown>>;
}

function rowCount(backup: BackupFile): number {
  return TABLE_NAMES.reduce((sum, name) => sum + rowsOf(backup, name).length, 0);
}

/** What an import would do, without doing it. */
export async function previewImport(db: ZettelDatabase, backup: BackupFile, options: { onProgress?: ProgressListener } = {}): Promise<ImportPreview> {
  const preview = {} as ImportPreview;
  await db.transaction('r', db.allTables(), async () => {
    const progress = new ProgressCounter(rowCount(backup), options.onProgress);
    for (const name of TABLE_NAMES) {
      preview[name] = count(await decide(db.table(name), name, rowsOf(backup, name), progress));
    }
  });
  return preview;
}

/**
 * The settings the import would change (their row is new or newer and its value differs from the
 * value in effect), for the preview: a backup must not change behaviour without the user seeing which.
 */
export async function previewSettingChanges(db: ZettelDatabase, backup: BackupFile): Promise<string[]> {
  const rows = backup.data.settings;
  const [decisions, current] = await db.transaction('r', db.settings, async () => [await decide(db.settings, 'settings', rows), await getSettings(db)] as const);
  return rows
    .filter((row, index) => decisions[index] !== 'keep' && JSON.stringify(current[row.key as SettingKey]) !== JSON.stringify(row.value))
    .map((row) => row.key)
    .sort();
}

/**
 * Merges the backup (newer `updatedAt` wins) in one transaction; returns what it did. Progress counts
 * the rows compared, then written (`total` is twice the rows).
 */
export async function importBackup(db: ZettelDatabase, backup: BackupFile, options: { onProgress?: ProgressListener } = {}): Promise<ImportPreview> {
  const result = {} as ImportPreview;
  await db.transaction('rw', db.allTables(), async () => {
    const progress = new ProgressCounter(rowCount(backup) * 2, options.onProgress);
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      const rows = rowsOf(backup, name);
      const decisions = await decide(table, name, rows, progress);
      const changed = rows.filter((_, index) => decisions[index] !== 'keep');
      await bulkPutInChunks(table, changed, progress);
      progress.add(rows.length - changed.length);
      result[name] = count(decisions);
    }
  });
  return result;
}

export function totalCounts(preview: ImportPreview): TableImportCounts {
  return Object.values(preview).reduce(
    (sum, counts) => ({ added: sum.added + counts.added, changed: sum.changed + counts.changed, unchanged: sum.unchanged + counts.unchanged }),
    { added: 0, changed: 0, unchanged: 0 },
  );
}
