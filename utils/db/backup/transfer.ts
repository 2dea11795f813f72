/**
 * Export, preview and merge-import of backups. The import merges: a row is added when it is new, and
 * replaces the stored one only when its `updatedAt` is newer; nothing is deleted. All of it happens in
 * ONE transaction over every table, so a failed import changes nothing.
 */
import type { Table } from 'dexie';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type TableName, type ZettelDatabase } from '../schema.ts';
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

export async function exportBackup(db: ZettelDatabase, options: { zettelVersion?: string; now?: number } = {}): Promise<BackupFile> {
  const data = {} as Record<TableName, unknown[]>;
  await db.transaction('r', db.allTables(), async () => {
    for (const table of TABLE_NAMES) data[table] = exportableRows(table, await db.table(table).toArray());
  });
  return {
    format: BACKUP_FORMAT,
    version: CURRENT_SCHEMA_VERSION,
    exportedAt: options.now ?? Date.now(),
    ...(options.zettelVersion ? { zettelVersion: options.zettelVersion } : {}),
    data: data as BackupRows,
  };
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

async function decide(table: Table, name: TableName, rows: ReadonlyArray<Record<string, unknown>>): Promise<Decision[]> {
  // Restoring into an emptied database is the common case: nothing to compare against.
  const empty = rows.length === 0 || (await table.count()) === 0;
  const stored = empty ? [] : ((await table.bulkGet(rows.map((row) => dexieKey(name, row)) as never[])) as Array<{ updatedAt: number } | undefined>);
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

/** What an import would do, without doing it. */
export async function previewImport(db: ZettelDatabase, backup: BackupFile): Promise<ImportPreview> {
  const preview = {} as ImportPreview;
  await db.transaction('r', db.allTables(), async () => {
    for (const name of TABLE_NAMES) {
      preview[name] = count(await decide(db.table(name), name, backup.data[name] as ReadonlyArray<Record<string, unknown>>));
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

/** Merges the backup (newer `updatedAt` wins) in one transaction; returns what it did. */
export async function importBackup(db: ZettelDatabase, backup: BackupFile): Promise<ImportPreview> {
  const result = {} as ImportPreview;
  await db.transaction('rw', db.allTables(), async () => {
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      const rows = backup.data[name] as ReadonlyArray<Record<string, unknown>>;
      const decisions = await decide(table, name, rows);
      await table.bulkPut(rows.filter((_, index) => decisions[index] !== 'keep'));
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
