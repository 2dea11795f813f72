import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupErrorMessageKey } from '../../../utils/db/backup/errors.ts';
import { restoreFromText } from '../../../utils/db/backup/restore.ts';
import { backupFileName, exportBackup, importBackup, previewImport, totalCounts } from '../../../utils/db/backup/transfer.ts';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';
import { deleteAllData } from '../../../utils/db/repositories/all-data.ts';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase, snapshot } from './helpers.ts';
import { v1Rows } from './fixtures/v1.ts';

let db: ZettelDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(v1Rows)) await db.table(table).bulkAdd(rows);
  });
});
afterEach(() => dropDatabase(db));

function parse(text: string) {
  const validation = validateBackupText(text);
  if (!validation.ok) throw new Error(`invalid: ${validation.error.code} ${validation.error.params.join(' ')}`);
  return validation.backup;
}

describe('export', () => {
  it('writes every table under the current version', async () => {
    const file = await exportBackup(db, { now: 5, zettelVersion: '0.1.0' });
    expect(file).toMatchObject({ format: 'zettel-backup', version: CURRENT_SCHEMA_VERSION, exportedAt: 5, zettelVersion: '0.1.0' });
    expect(Object.keys(file.data).sort()).toEqual([...TABLE_NAMES].sort());
    expect(file.data.markers).toHaveLength(1);
    expect(backupFileName(Date.UTC(2026, 10, 26, 23, 5, 9))).toBe('zettel-backup-2026-11-26-23-05-09.json');
  });
});

describe('import', () => {
  it('export → delete all → import restores identical data', async () => {
    const before = await snapshot(db);
    const text = JSON.stringify(await exportBackup(db));
    await deleteAllData(db);
    const restored = await restoreFromText(db, text);
    expect(restored.ok).toBe(true);
    expect(restored.ok && totalCounts(restored.result).added).toBe(Object.values(v1Rows).flat().length);
    expect(await snapshot(db)).toEqual(before);
  });

  it('previews added/changed/unchanged and merges so the newer updatedAt wins', async () => {
    const backup = parse(JSON.stringify(await exportBackup(db)));
    const newer = { ...backup.data.notes[0]!, text: 'aus der Sicherung', updatedAt: backup.data.notes[0]!.updatedAt + 1 };
    const older = { ...backup.data.labels[0]!, name: 'veraltet', updatedAt: backup.data.labels[0]!.updatedAt - 1 };
    const added = { chatKey: 'title:Neu GmbH' as const, text: 'neu', updatedAt: 1 };
    backup.data.notes = [newer, added];
    backup.data.labels = [older, ...backup.data.labels.slice(1)];

    const before = await snapshot(db);
    const preview = await previewImport(db, backup);
    expect(preview.notes).toEqual({ added: 1, changed: 1, unchanged: 0 });
    expect(preview.labels).toEqual({ added: 0, changed: 0, unchanged: 2 });
    expect(await snapshot(db)).toEqual(before); // a preview writes nothing

    const result = await importBackup(db, backup);
    expect(result).toEqual(preview);
    expect((await db.notes.get(newer.chatKey))?.text).toBe('aus der Sicherung');
    expect(await db.notes.get('title:Neu GmbH')).toBeDefined();
    expect((await db.labels.get(older.id))?.name).not.toBe('veraltet');
  });

  it('a merge that fails half-way changes nothing (one transaction)', async () => {
    const backup = parse(JSON.stringify(await exportBackup(db)));
    await deleteAllData(db);
    await db.notes.add({ chatKey: 'title:Bleibt', text: 'bleibt', updatedAt: 1 });
    const before = await snapshot(db);
    // Sabotage the last table's write: everything written before it must roll back.
    const sabotage = () => {
      throw new Error('disk full');
    };
    db.awayReplies.hook('creating', sabotage);
    await expect(importBackup(db, backup)).rejects.toThrow('disk full');
    db.awayReplies.hook('creating').unsubscribe(sabotage);
    expect(await snapshot(db)).toEqual(before);
  });

  it('restoreFromText reports a failed merge as import-failed', async () => {
    const text = JSON.stringify(await exportBackup(db));
    await deleteAllData(db);
    db.flags.hook('creating', () => {
      throw new Error('quota');
    });
    const result = await restoreFromText(db, text);
    expect(result).toEqual({ ok: false, error: { code: 'import-failed', params: ['quota'] } });
  });

  it('names each error\'s _locales key', () => {
    expect(backupErrorMessageKey('truncated-json')).toBe('backup_error_truncatedJson');
    expect(backupErrorMessageKey('too-large')).toBe('backup_error_tooLarge');
  });
});
