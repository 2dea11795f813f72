/**
 * What syncs (docs/sync.md "What syncs"): which tables, how a record names its document, and the
 * schema a remote record must pass before it reaches Dexie — the same zod schemas the repositories and
 * the backup import validate with (utils/db/records.ts). Per-PC things stay out: the language, the
 * automatic reply switch and its log, folding of the pins bar, feature switches.
 */
import type { z } from 'zod';
import {
  chatLabelRecord,
  chatRecord,
  flagRecord,
  labelRecord,
  markerRecord,
  noteRecord,
  pinRecord,
  reminderRecord,
  settingRecord,
  templateRecord,
} from '../db/records.ts';
import { isSettingKey, settingDefinitions } from '../db/settings.ts';
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
  if (!SYNCED_SETTINGS.includes(key) || !isSettingKey(key)) return false;
  return settingDefinitions[key].schema.safeParse(record.value).success;
}

export const syncedTables = {
  chats: { schema: chatRecord, key: byField('key') },
  flags: { schema: flagRecord, key: byField('chatKey') },
  labels: { schema: labelRecord, key: byField('id') },
  chatLabels: { schema: chatLabelRecord, key: byPair('chatKey', 'labelId') },
  reminders: { schema: reminderRecord, key: byField('id') },
  pins: { schema: pinRecord, key: byField('chatKey') },
  markers: { schema: markerRecord, key: byPair('chatKey', 'messageId') },
  notes: { schema: noteRecord, key: byField('chatKey') },
  templates: { schema: templateRecord, key: byField('id') },
  settings: { schema: settingRecord, key: byField('key'), accepts: sharedSetting },
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
