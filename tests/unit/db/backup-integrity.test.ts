/**
 * Issue #19 point 4 and issue #15 point 3: no write path can store a row its own backup could not
 * restore, an export is restorable by construction, and a backup can neither switch on sending nor
 * win every later merge with a timestamp from the future.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup, previewSettingChanges, UnexportableRowError } from '../../../utils/db/backup/transfer.ts';
import { restoreFromText } from '../../../utils/db/backup/restore.ts';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';
import { LIMITS } from '../../../utils/db/records.ts';
import { deleteAllData } from '../../../utils/db/repositories/all-data.ts';
import { followChatRename, linkChatTitleToJid, rememberChat } from '../../../utils/db/repositories/chats.ts';
import { listNotes, saveNote } from '../../../utils/db/repositories/notes.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { DataError } from '../../../utils/db/errors.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { craftedAutoReplyBackup } from '../../support/crafted-backup.ts';
import { dropDatabase, freshDatabase, writeUnchecked } from './helpers.ts';

let db: ZettelDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => dropDatabase(db));

const sixtyThousand = (letter: string) => `${letter}${'.'.repeat(59_998)}${letter}`;

async function rejectsInvalid(write: Promise<unknown>): Promise<void> {
  const error = await write.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DataError);
  expect((error as DataError).code).toBe('invalid-input');
}

describe('a chat merge keeps every note restorable (issue #19, point 4)', () => {
  it('merge two 60,000-character notes, export, import: succeeds and nothing is lost', async () => {
    const longer = `${sixtyThousand('L')}+`;
    await rememberChat(db, { chatKey: 'title:+49 170 1234567', title: '+49 170 1234567' });
    await saveNote(db, { chatKey: 'title:+49 170 1234567', text: longer });
    await saveNote(db, { chatKey: 'title:Herr Maier', text: sixtyThousand('M') });
    await followChatRename(db, { oldTitle: '+49 170 1234567', newTitle: 'Herr Maier' });

    const text = JSON.stringify(await exportBackup(db));
    expect(validateBackupText(text).ok).toBe(true);
    await deleteAllData(db);
    const restored = await restoreFromText(db, text);
    expect(restored.ok).toBe(true);

    const notes = await listNotes(db);
    // The chat keeps the longer text whole; the other stays whole under its old key (and name).
    expect(notes.find((note) => note.chatKey === 'title:Herr Maier')?.text).toBe(longer);
    expect(notes.find((note) => note.chatKey === 'title:+49 170 1234567')?.text).toBe(sixtyThousand('M'));
    expect((await db.chats.get('title:+49 170 1234567'))?.title).toBe('+49 170 1234567');
    for (const note of notes) expect(note.text.length).toBeLessThanOrEqual(LIMITS.noteText);
  });

  it('notes that fit together are still joined into one', async () => {
    await saveNote(db, { chatKey: 'title:Herr Maier', text: 'Fliesen bestellt' });
    await linkChatTitleToJid(db, { title: 'Herr Maier', jid: '491701234567@c.us' });
    await saveNote(db, { chatKey: 'title:Herr Maier', text: 'Termin Montag' });
    await linkChatTitleToJid(db, { title: 'Herr Maier', jid: '491701234567@c.us' });
    expect((await listNotes(db)).map((note) => [note.chatKey, note.text])).toEqual([['jid:491701234567@c.us', 'Fliesen bestellt\n\nTermin Montag']]);
  });
});

describe('every write path enforces the importer’s limits', () => {
  it('put, bulkPut and modify past a limit are refused and change nothing', async () => {
    await saveNote(db, { chatKey: 'title:A', text: 'kurz' });
    const tooLong = 'x'.repeat(LIMITS.noteText + 1);
    await rejectsInvalid(db.notes.put({ chatKey: 'title:B', text: tooLong, updatedAt: 1 }));
    await rejectsInvalid(db.notes.bulkPut([{ chatKey: 'title:C', text: tooLong, updatedAt: 1 }]));
    await rejectsInvalid(db.notes.where('chatKey').equals('title:A').modify({ text: tooLong }));
    await rejectsInvalid(db.flags.put({ chatKey: 'title:A', waitingSince: 1, state: 'urgent' as 'open', updatedAt: 1 }));
    await rejectsInvalid(db.settings.put({ key: 'away.autoReply', value: { enabled: 'yes' }, updatedAt: 1 }));
    expect((await listNotes(db)).map((note) => note.text)).toEqual(['kurz']);
  });
});

describe('export validates what it writes', () => {
  it('leaves out a setting stored invalid before the checks (it reads as the default) and refuses an unrestorable row', async () => {
    await updateSetting(db, { key: 'flags.overdueAfterHours', value: 4 });
    await writeUnchecked(db, 'settings', [{ key: 'flags.autoClearOnSend', value: 'yes', updatedAt: 1 }]);
    const file = await exportBackup(db);
    expect(file.data.settings.map((row) => row.key)).toEqual(['flags.overdueAfterHours']);
    expect(validateBackupText(JSON.stringify(file)).ok).toBe(true);

    await writeUnchecked(db, 'notes', [{ chatKey: 'title:A', text: 'x'.repeat(LIMITS.noteText + 1), updatedAt: 1 }]);
    await expect(exportBackup(db)).rejects.toBeInstanceOf(UnexportableRowError);
  });
});

describe('import reads an invalid setting as its default', () => {
  it('imports the rest of the file and reports the setting', async () => {
    const file = await exportBackup(db);
    file.data.notes.push({ chatKey: 'title:A', text: 'bleibt', updatedAt: 1 });
    (file.data.settings as unknown[]).push({ key: 'flags.overdueAfterHours', value: 'acht', updatedAt: 1 });
    const validation = validateBackupText(JSON.stringify(file));
    expect(validation.ok && validation.invalidSettings).toEqual(['flags.overdueAfterHours']);
    const restored = await restoreFromText(db, JSON.stringify(file));
    expect(restored.ok).toBe(true);
    expect((await listNotes(db)).map((note) => note.text)).toEqual(['bleibt']);
    expect((await getSettings(db))['flags.overdueAfterHours']).toBe(24);
  });
});

describe('a backup cannot switch on sending (issue #15, point 3)', () => {
  const importTime = Date.UTC(2026, 11, 3, 12);
  const future = Date.UTC(2030, 0, 1);
  const craftedFile = () =>
    craftedAutoReplyBackup(future, {
      settings: [{ key: 'flags.overdueAfterHours', value: 24, updatedAt: future }],
      notes: [{ chatKey: 'title:A', text: 'aus der Zukunft', updatedAt: future }],
    });

  it('arrives off and unconfirmed, with every updatedAt clamped to the import time', async () => {
    const validation = validateBackupText(craftedFile(), undefined, { now: importTime });
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.autoReplyTurnedOff).toBe(true);
    expect(validation.clampedTimestamps).toBe(4);
    await importBackup(db, validation.backup);
    expect((await getSettings(db))['away.autoReply']).toEqual({ enabled: false, confirmedText: null, enabledAt: null, maxPerHour: 60 });
    const rows = [...(await db.settings.toArray()), ...(await db.notes.toArray())];
    for (const row of rows) expect(row.updatedAt).toBeLessThanOrEqual(importTime);
    // A change made after the import beats the file's row.
    await saveNote(db, { chatKey: 'title:A', text: 'nach dem Import' });
    expect((await db.notes.get('title:A'))?.text).toBe('nach dem Import');
  });

  it('the preview lists the settings it changes (not the ones it leaves as they are)', async () => {
    const validation = validateBackupText(craftedFile(), undefined, { now: importTime });
    if (!validation.ok) throw new Error(validation.error.code);
    expect(await previewSettingChanges(db, validation.backup)).toEqual(['away.autoReply', 'away.text']);
  });
});
