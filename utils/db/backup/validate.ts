/**
 * Reads a backup file we do not trust. Never throws: every failure is a BackupError that names the
 * problem (and where), checked in the order a person would want to hear about it — size, JSON, shape,
 * version, then every row against its zod schema.
 */
import type { z } from 'zod';
import { settingValueProblem } from '../record-checks.ts';
import { isSettingKey, type SettingValue } from '../settings.ts';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type TableName } from '../schema.ts';
import { backupError, type BackupError } from './errors.ts';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, MAX_JSON_DEPTH, rowKey, rowSchemas, type BackupFile, type BackupRows } from './format.ts';
import { OLDEST_READABLE_VERSION, upgradeBackupData } from './upgrade.ts';

/** What the file holds that Zettel does not take as it is (shown in the import preview). */
export interface BackupAdjustments {
  /** Settings this Zettel does not know (a later release's): skipped. */
  ignoredSettings: string[];
  /** Known settings whose value is not valid: skipped, as the app reads such a value as its default. */
  invalidSettings: string[];
  /** The file had the automatic reply switched on: it arrives off and must be confirmed again. */
  autoReplyTurnedOff: boolean;
  /** Rows whose `updatedAt` lay after the import time and were set to it. */
  clampedTimestamps: number;
}

export type BackupValidation = ({ ok: true; backup: BackupFile } & BackupAdjustments) | { ok: false; error: BackupError };

export interface ValidateOptions {
  /** The import time: no row's `updatedAt` may lie after it (a file from "the future" would win every merge). */
  now?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const TOP_LEVEL_FIELDS = new Set(['format', 'version', 'exportedAt', 'zettelVersion', 'data']);

interface JsonShape {
  maxDepth: number;
  /** The text ends inside a string or with brackets still open: it was cut off. */
  cutOff: boolean;
}

/** One pass over the text, outside of JSON.parse, so depth and truncation are known before parsing. */
function scanJson(text: string): JsonShape {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92 /* \ */) index++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 /* { */ || char === 91 /* [ */) maxDepth = Math.max(maxDepth, ++depth);
    else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
  }
  return { maxDepth, cutOff: inString || depth > 0 };
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let result = '';
  for (const part of path) result += typeof part === 'number' ? `[${part}]` : result ? `.${String(part)}` : String(part);
  return result || '(file)';
}

/** Finds `__proto__`, `constructor` or `prototype` used as a key anywhere (depth is bounded by the scan). */
function findForbiddenKey(value: unknown, path: PropertyKey[]): string | null {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findForbiddenKey(value[index], [...path, index]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return formatPath([...path, key]);
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwnPath(root: unknown, path: ReadonlyArray<PropertyKey>): boolean {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, part)) return false;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return true;
}

/** Maps zod's first issue to our codes, with the full path inside the file. */
function issueToError(issue: z.core.$ZodIssue, rows: unknown, basePath: PropertyKey[]): BackupError {
  const path = [...basePath, ...issue.path];
  if (issue.code === 'unrecognized_keys') return backupError('unknown-field', formatPath([...path, issue.keys[0] ?? '']));
  if (issue.code === 'invalid_type') {
    if (!hasOwnPath(rows, issue.path)) return backupError('missing-field', formatPath(path));
    return backupError('wrong-type', formatPath(path), issue.expected);
  }
  return backupError('invalid-value', formatPath(path));
}

type RowsResult = { ok: true; rows: BackupRows } & BackupAdjustments;

/**
 * What a file's setting row is worth importing as. Sending is never switched on by a file (issue #15,
 * point 3): the automatic reply arrives off and unconfirmed, so it needs the same confirmation of its
 * exact text as in the options.
 */
function importedSetting(row: { key: string; value: unknown }): { value: unknown; turnedOff: boolean } {
  if (row.key !== 'away.autoReply') return { value: row.value, turnedOff: false };
  const value = row.value as SettingValue<'away.autoReply'>;
  return { value: { ...value, enabled: false, confirmedText: null, enabledAt: null }, turnedOff: value.enabled };
}

function validateRows(data: Record<string, unknown>, now: number): RowsResult | { ok: false; error: BackupError } {
  const rows = {} as Record<TableName, unknown[]>;
  const adjustments: BackupAdjustments = { ignoredSettings: [], invalidSettings: [], autoReplyTurnedOff: false, clampedTimestamps: 0 };
  for (const table of Object.keys(data)) {
    if (!(TABLE_NAMES as readonly string[]).includes(table)) return { ok: false, error: backupError('unknown-table', table) };
  }
  for (const table of TABLE_NAMES) {
    const raw = data[table] ?? [];
    if (!Array.isArray(raw)) return { ok: false, error: backupError('wrong-type', formatPath(['data', table]), 'array') };
    const parsed = rowSchemas[table].array().safeParse(raw);
    if (!parsed.success) return { ok: false, error: issueToError(parsed.error.issues[0]!, raw, ['data', table]) };
    const seen = new Set<string>();
    const kept: unknown[] = [];
    for (const parsedRow of parsed.data) {
      let row = parsedRow as Record<string, unknown> & { updatedAt: number };
      const key = rowKey(table, row);
      if (seen.has(key)) return { ok: false, error: backupError('duplicate-record', table, key) };
      seen.add(key);
      if (table === 'settings') {
        const setting = row as unknown as { key: string; value: unknown };
        if (!isSettingKey(setting.key)) {
          // A setting this Zettel does not know (added by a later release without a schema change): skipped.
          adjustments.ignoredSettings.push(setting.key);
          continue;
        }
        if (settingValueProblem(setting.key, setting.value)) {
          adjustments.invalidSettings.push(setting.key);
          continue;
        }
        const imported = importedSetting(setting);
        if (imported.turnedOff) adjustments.autoReplyTurnedOff = true;
        row = { ...row, value: imported.value };
      }
      if (row.updatedAt > now) {
        row = { ...row, updatedAt: now };
        adjustments.clampedTimestamps++;
      }
      kept.push(row);
    }
    rows[table] = kept;
  }
  return { ok: true, rows: rows as BackupRows, ...adjustments };
}

/**
 * @param byteSize the file's size in bytes when known (checked before anything else is read).
 */
export function validateBackupText(text: string, byteSize: number = text.length, options: ValidateOptions = {}): BackupValidation {
  const fail = (error: BackupError): BackupValidation => ({ ok: false, error });
  if (byteSize > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) {
    return fail(backupError('too-large', (Math.max(byteSize, text.length) / 1024 / 1024).toFixed(1), MAX_BACKUP_BYTES / 1024 / 1024));
  }
  if (text.trim() === '') return fail(backupError('empty'));
  const shape = scanJson(text);
  if (shape.maxDepth > MAX_JSON_DEPTH) return fail(backupError('too-deep', MAX_JSON_DEPTH));

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(backupError(shape.cutOff ? 'truncated-json' : 'not-json'));
  }
  return validateBackupValue(parsed, options);
}

/** The checks after JSON parsing (also used for files that are already parsed). */
export function validateBackupValue(parsed: unknown, options: ValidateOptions = {}): BackupValidation {
  const fail = (error: BackupError): BackupValidation => ({ ok: false, error });
  if (!isPlainObject(parsed)) return fail(backupError('not-an-object'));
  const forbidden = findForbiddenKey(parsed, []);
  if (forbidden) return fail(backupError('forbidden-key', forbidden));
  if (parsed.format !== BACKUP_FORMAT) return fail(backupError('not-a-backup'));

  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION) {
    return fail(backupError('unknown-version', JSON.stringify(version) ?? 'undefined'));
  }
  if (version > CURRENT_SCHEMA_VERSION) return fail(backupError('newer-version', version, CURRENT_SCHEMA_VERSION));

  for (const field of Object.keys(parsed)) {
    if (!TOP_LEVEL_FIELDS.has(field)) return fail(backupError('unknown-field', field));
  }
  const exportedAt = parsed.exportedAt;
  if (exportedAt === undefined) return fail(backupError('missing-field', 'exportedAt'));
  if (typeof exportedAt !== 'number' || !Number.isInteger(exportedAt) || exportedAt < 0) return fail(backupError('wrong-type', 'exportedAt', 'number'));
  if (parsed.zettelVersion !== undefined && typeof parsed.zettelVersion !== 'string') return fail(backupError('wrong-type', 'zettelVersion', 'string'));
  if (parsed.data === undefined) return fail(backupError('missing-field', 'data'));
  if (!isPlainObject(parsed.data)) return fail(backupError('wrong-type', 'data', 'object'));

  const data = upgradeBackupData(version, parsed.data);
  if (!data) return fail(backupError('unknown-version', version));
  const rows = validateRows(data, options.now ?? Date.now());
  if (!rows.ok) return rows;

  const labelIds = new Set(rows.rows.labels.map((label) => label.id));
  const dangling = rows.rows.chatLabels.find((row) => !labelIds.has(row.labelId));
  if (dangling) return fail(backupError('unknown-label', dangling.labelId));

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: CURRENT_SCHEMA_VERSION,
      exportedAt,
      ...(typeof parsed.zettelVersion === 'string' ? { zettelVersion: parsed.zettelVersion } : {}),
      data: rows.rows,
    },
    ignoredSettings: rows.ignoredSettings,
    invalidSettings: rows.invalidSettings,
    autoReplyTurnedOff: rows.autoReplyTurnedOff,
    clampedTimestamps: rows.clampedTimestamps,
  };
}
