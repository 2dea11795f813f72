/**
 * The one place that says what a valid stored row is (issue #19, point 4): the zod schema of each
 * table's records, plus a setting's value against its definition. The database checks every write
 * against it (write-guard.ts), the backup export checks what it writes and the import checks what it
 * reads — so no write path can store a row that a backup of it could not restore.
 */
import type { z } from 'zod';
import {
  awayReplyRecord,
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
} from './records.ts';
import type { TableName } from './schema.ts';
import { isSettingKey, settingDefinitions } from './settings.ts';

export const recordSchemas = {
  chats: chatRecord,
  flags: flagRecord,
  labels: labelRecord,
  chatLabels: chatLabelRecord,
  reminders: reminderRecord,
  pins: pinRecord,
  markers: markerRecord,
  notes: noteRecord,
  templates: templateRecord,
  settings: settingRecord,
  awayReplies: awayReplyRecord,
} as const satisfies Record<TableName, z.ZodType>;

export interface RecordProblem {
  /** Where in the row, e.g. `text` or `value.enabled`. */
  path: PropertyKey[];
  issue: z.core.$ZodIssue;
}

/** A known setting's value that does not match its definition (unknown keys are the caller's business). */
export function settingValueProblem(key: string, value: unknown): RecordProblem | null {
  if (!isSettingKey(key)) return null;
  const parsed = settingDefinitions[key].schema.safeParse(value);
  return parsed.success ? null : { path: ['value', ...parsed.error.issues[0]!.path], issue: parsed.error.issues[0]! };
}

/** The first problem of a row for `table`, or null when it is a valid record. */
export function recordProblem(table: TableName, row: unknown): RecordProblem | null {
  const parsed = recordSchemas[table].safeParse(row);
  if (!parsed.success) return { path: parsed.error.issues[0]!.path, issue: parsed.error.issues[0]! };
  if (table === 'settings') {
    const setting = row as { key: string; value: unknown };
    return settingValueProblem(setting.key, setting.value);
  }
  return null;
}
