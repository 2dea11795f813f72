/**
 * Imported files are hostile. Each malformed file must be refused with the exact error code (and the
 * parameters the message shows), and the database must be exactly as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../utils/db/backup/format.ts';
import { restoreFromText } from '../../../utils/db/backup/restore.ts';
import { exportBackup } from '../../../utils/db/backup/transfer.ts';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';
import type { BackupErrorCode } from '../../../utils/db/backup/errors.ts';
import { CURRENT_SCHEMA_VERSION, type ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase, snapshot } from './helpers.ts';
import { v1Rows } from './fixtures/v1.ts';

let db: ZettelDatabase;
let valid: { format: string; version: number; exportedAt: number; data: Record<string, unknown[]> };

beforeAll(async () => {
  db = freshDatabase();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(v1Rows)) await db.table(table).bulkAdd(rows);
  });
  valid = JSON.parse(JSON.stringify(await exportBackup(db, { now: Date.UTC(2026, 10, 1) })));
});
afterAll(() => dropDatabase(db));

/** A deep copy of the valid export with one change applied. */
function variant(change: (file: Record<string, unknown> & { data: Record<string, Array<Record<string, unknown>>> }) => void): string {
  const copy = JSON.parse(JSON.stringify(valid));
  change(copy);
  return JSON.stringify(copy);
}

const validText = () => JSON.stringify(valid);

const cases: Array<{ name: string; text: () => string; size?: number; code: BackupErrorCode; params?: string[] }> = [
  { name: 'an empty file', text: () => '', code: 'empty' },
  { name: 'only whitespace', text: () => '  \n\t ', code: 'empty' },
  { name: 'truncated JSON (cut in the middle)', text: () => validText().slice(0, Math.floor(validText().length / 2)), code: 'truncated-json' },
  { name: 'truncated JSON (cut inside a string)', text: () => '{"format": "zettel-bac', code: 'truncated-json' },
  { name: 'not JSON at all', text: () => 'Hallo, das ist keine Sicherung.', code: 'not-json' },
  { name: 'JSON with a trailing comma', text: () => '{"format": "zettel-backup",}', code: 'not-json' },
  { name: 'a CSV file', text: () => 'chat;flag\nSchneider;ja', code: 'not-json' },
  { name: 'a JSON array', text: () => '[1, 2, 3]', code: 'not-an-object' },
  { name: 'JSON null', text: () => 'null', code: 'not-an-object' },
  { name: 'a JSON string', text: () => '"zettel-backup"', code: 'not-an-object' },
  { name: 'another program\'s JSON', text: () => '{"name": "package", "version": "1.0.0"}', code: 'not-a-backup' },
  { name: 'a __proto__ key at the top', text: () => validText().replace('{', '{"__proto__": {"polluted": true},'), code: 'forbidden-key', params: ['__proto__'] },
  {
    name: 'a __proto__ key inside a row',
    text: () => variant((file) => void (file.data.notes![0]!.x = 1)).replace('"x":1', '"__proto__":{"isAdmin":true}'),
    code: 'forbidden-key',
    params: ['data.notes[0].__proto__'],
  },
  { name: 'a constructor key', text: () => variant((file) => void (file.data.settings![0]!.value = { constructor: { prototype: {} } })), code: 'forbidden-key', params: ['data.settings[0].value.constructor'] },
  { name: 'a version that is a string', text: () => variant((file) => void (file.version = '1')), code: 'unknown-version', params: ['"1"'] },
  { name: 'version 0', text: () => variant((file) => void (file.version = 0)), code: 'unknown-version', params: ['0'] },
  { name: 'a fractional version', text: () => variant((file) => void (file.version = 1.5)), code: 'unknown-version', params: ['1.5'] },
  { name: 'no version', text: () => variant((file) => void delete file.version), code: 'unknown-version', params: ['undefined'] },
  { name: 'a file from a newer Zettel', text: () => variant((file) => void (file.version = CURRENT_SCHEMA_VERSION + 1)), code: 'newer-version', params: [String(CURRENT_SCHEMA_VERSION + 1), String(CURRENT_SCHEMA_VERSION)] },
  { name: 'a 50 MB file', text: () => validText(), size: 50 * 1024 * 1024, code: 'too-large', params: ['50.0', String(MAX_BACKUP_BYTES / 1024 / 1024)] },
  { name: 'a really long text', text: () => ' '.repeat(MAX_BACKUP_BYTES + 1), code: 'too-large' },
  { name: 'nesting 10,000 levels deep', text: () => '['.repeat(10_000) + ']'.repeat(10_000), code: 'too-deep' },
  { name: 'an unknown top-level field', text: () => variant((file) => void (file.extra = 1)), code: 'unknown-field', params: ['extra'] },
  { name: 'no data', text: () => variant((file) => void delete (file as Record<string, unknown>).data), code: 'missing-field', params: ['data'] },
  { name: 'data as an array', text: () => variant((file) => void ((file as Record<string, unknown>).data = [])), code: 'wrong-type', params: ['data', 'object'] },
  { name: 'exportedAt as a date string', text: () => variant((file) => void (file.exportedAt = '2026-11-01')), code: 'wrong-type', params: ['exportedAt', 'number'] },
  { name: 'an unknown table', text: () => variant((file) => void (file.data.passwords = [])), code: 'unknown-table', params: ['passwords'] },
  { name: 'a table that is not a list', text: () => variant((file) => void ((file.data as Record<string, unknown>).flags = {})), code: 'wrong-type', params: ['data.flags', 'array'] },
  { name: 'waitingSince as a string', text: () => variant((file) => void (file.data.flags![1]!.waitingSince = 'gestern')), code: 'wrong-type', params: ['data.flags[1].waitingSince', 'number'] },
  { name: 'a missing field in a row', text: () => variant((file) => void delete file.data.labels![0]!.color), code: 'missing-field', params: ['data.labels[0].color'] },
  { name: 'an unknown field in a row', text: () => variant((file) => void (file.data.pins![0]!.script = '<script>')), code: 'unknown-field', params: ['data.pins[0].script'] },
  { name: 'a bad color', text: () => variant((file) => void (file.data.labels![0]!.color = 'javascript:alert(1)')), code: 'invalid-value', params: ['data.labels[0].color'] },
  { name: 'a bad chat key', text: () => variant((file) => void (file.data.notes![0]!.chatKey = 'https://evil.example')), code: 'invalid-value', params: ['data.notes[0].chatKey'] },
  { name: 'a NaN-like timestamp', text: () => variant((file) => void (file.data.flags![0]!.updatedAt = 1e300)), code: 'invalid-value', params: ['data.flags[0].updatedAt'] },
  { name: 'an unknown flag state', text: () => variant((file) => void (file.data.flags![0]!.state = 'urgent')), code: 'invalid-value', params: ['data.flags[0].state'] },
  { name: 'two rows with the same key', text: () => variant((file) => void file.data.labels!.push({ ...file.data.labels!.find((label) => label.id === 'quote')! })), code: 'duplicate-record', params: ['labels', 'quote'] },
  { name: 'a label assignment to a missing label', text: () => variant((file) => void (file.data.chatLabels![0]!.labelId = 'ghost')), code: 'unknown-label', params: ['ghost'] },
  { name: 'a note far over the size limit', text: () => variant((file) => void (file.data.notes![0]!.text = 'x'.repeat(100_001))), code: 'invalid-value', params: ['data.notes[0].text'] },
];

describe('backup validation refuses malformed files', () => {
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const testCase of cases) {
    it(`${testCase.name} → ${testCase.code}`, async () => {
      const text = testCase.text();
      const before = await snapshot(db);
      const validation = validateBackupText(text, testCase.size);
      expect(validation.ok).toBe(false);
      if (validation.ok) return;
      expect(validation.error.code).toBe(testCase.code);
      if (testCase.params) expect(validation.error.params).toEqual(testCase.params);
      const restore = await restoreFromText(db, text, testCase.size);
      expect(restore.ok).toBe(false);
      expect(await snapshot(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }
});

describe('backup validation accepts good files', () => {
  it('accepts the export itself', () => {
    const validation = validateBackupText(validText());
    expect(validation.ok).toBe(true);
  });

  it('accepts a file without some tables and skips unknown settings', () => {
    const text = variant((file) => {
      delete file.data.templates;
      file.data.settings!.push({ key: 'future.setting', value: 1, updatedAt: 1 });
    });
    const validation = validateBackupText(text);
    expect(validation.ok && validation.backup.data.templates).toEqual([]);
    expect(validation.ok && validation.ignoredSettings).toEqual(['future.setting']);
  });
});
