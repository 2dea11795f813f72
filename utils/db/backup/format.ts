/**
 * The backup file: `{ format: 'zettel-backup', version, exportedAt, zettelVersion?, data: { <table>: rows[] } }`.
 * `version` is the database schema version the rows follow (utils/db/schema.ts); an older file's rows
 * are lifted by upgrade.ts, a newer file is refused (we cannot know what its fields mean).
 */
import { z } from 'zod';
import { recordSchemas } from '../record-checks.ts';
import type { TableName } from '../schema.ts';

export const BACKUP_FORMAT = 'zettel-backup';
/** Far above a busy firm's data (10,000 chats with notes and markers is a few MB), far below what hangs a tab. */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;
/** Zettel's own files nest 4 levels deep; settings values a few more. Deeper is hostile. */
export const MAX_JSON_DEPTH = 32;

/** The importer reads rows with the same schemas every write is checked against. */
export const rowSchemas = recordSchemas;

export type BackupRows = { [T in TableName]: z.infer<(typeof rowSchemas)[T]>[] };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  zettelVersion?: string;
  data: BackupRows;
}

/** The primary key of a row, as a string for comparisons and error messages. */
export function rowKey(table: TableName, row: Record<string, unknown>): string {
  switch (table) {
    case 'chats':
      return String(row.key);
    case 'flags':
    case 'pins':
    case 'notes':
      return String(row.chatKey);
    case 'chatLabels':
      return `${String(row.chatKey)} ${String(row.labelId)}`;
    case 'markers':
      return `${String(row.chatKey)} ${String(row.messageId)}`;
    case 'settings':
      return String(row.key);
    default:
      return String(row.id);
  }
}

/** The key Dexie uses for `table.get()` (compound keys as arrays). */
export function dexieKey(table: TableName, row: Record<string, unknown>): unknown {
  if (table === 'chatLabels') return [row.chatKey, row.labelId];
  if (table === 'markers') return [row.chatKey, row.messageId];
  if (table === 'chats' || table === 'settings') return row.key;
  if (table === 'flags' || table === 'pins' || table === 'notes') return row.chatKey;
  return row.id;
}
