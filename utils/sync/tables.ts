/**
 * What syncs (docs/sync.md "What syncs"): which tables, how a record names its document, and the
 * schema a remote record must pass before it reaches Dexie — the one set of record schemas every write
 * and the backup import are checked against (utils/db/record-checks.ts). Per-PC things stay out: the language, the
 * automatic reply switch and its log, folding of the pins bar, feature switches.
 */
import type { z } from 'zod';
import { recordSchemas, settingValueProblem } from '../db/record-checks.ts';
import { isSettingKey } from '../db/settings.ts';
import type { TableName } from '../db/schema.ts';

/** Settings that describe the firm, not the PC: opening hours, the away text and a few shared rules. */
export const SYNCED_SETTINGS: readonly string[] = [
  'hours.weekly',
  'hours.timeZone',
  'hours.federalState',
  'hours.companyHolidays',
  'away.text',
  'flags.overdueAfterHours',
  'templates.company',
];

export interface SyncedTable {
  schema: z.ZodType<Record<string, unknown>>;
  /** The Dexie primary key of a record. */
  key(record: Record<string, unknown>): string | [string, string];
  /** Extra check beyond the schema (settings: only the shared keys, each against its definition). */
  accepts?(record: Record<string, unknown>): boolean;
}

const byField = (field: string) => (record: Record<string, unknown>) => String(record[field]);
const byPair = (a: string, b: string) => (record: Record<string, unknown>): [string, string] => [String(record[a]), String(record[b])];

function sharedSetting(record: Record<string, unknown>): boolean {
  const key = String(record.key);
  return SYNCED_SETTINGS.includes(key) && isSettingKey(key) && settingValueProblem(key, record.value) === null;
}

export const syncedTables = {
  chats: { schema: recordSchemas.chats, key: byField('key') },
  flags: { schema: recordSchemas.flags, key: byField('chatKey') },
  labels: { schema: recordSchemas.labels, key: byField('id') },
  chatLabels: { schema: recordSchemas.chatLabels, key: byPair('chatKey', 'labelId') },
  reminders: { schema: recordSchemas.reminders, key: byField('id') },
  pins: { schema: recordSchemas.pins, key: byField('chatKey') },
  markers: { schema: recordSchemas.markers, key: byPair('chatKey', 'messageId') },
  notes: { schema: recordSchemas.notes, key: byField('chatKey') },
  templates: { schema: recordSchemas.templates, key: byField('id') },
  settings: { schema: recordSchemas.settings, key: byField('key'), accepts: sharedSetting },
} satisfies Partial<Record<TableName, SyncedTable>>;

export type SyncedTableName = keyof typeof syncedTables;
export const SYNCED_TABLE_NAMES = Object.keys(syncedTables) as SyncedTableName[];

export function isSyncedTable(name: string): name is SyncedTableName {
  return Object.prototype.hasOwnProperty.call(syncedTables, name);
}

/** `flags:jid:49151…@c.us`, `markers:["jid:…","msg-id"]`: readable, unique, never starting with `_`. */
export function documentId(table: SyncedTableName, key: string | [string, string]): string {
  return `${table}:${typeof key === 'string' ? key : JSON.stringify(key)}`;
}

/** A local record that takes part in sync (settings: only the shared keys). */
export function syncsRecord(table: SyncedTableName, record: Record<string, unknown>): boolean {
  const spec: SyncedTable = syncedTables[table];
  return spec.accepts ? spec.accepts(record) : true;
}

/** A remote record, validated as hostile input: the parsed record, or null when it must not be applied. */
export function validRemoteRecord(table: SyncedTableName, record: Record<string, unknown>): Record<string, unknown> | null {
  const spec: SyncedTable = syncedTables[table];
  const parsed = spec.schema.safeParse(record);
  if (!parsed.success) return null;
  if (spec.accepts && !spec.accepts(parsed.data)) return null;
  return parsed.data;
}
