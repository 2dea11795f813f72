/**
 * Issue #19 point 5: "remind me at …" replaces a chat's pending reminder in ONE operation and ONE
 * transaction, and the caller's id makes a retried request (after a worker restart) harmless.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOperation } from '../../../utils/db/operations.ts';
import { fireReminder, listReminders, rescheduleReminder, scheduleReminder } from '../../../utils/db/repositories/reminders.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase, snapshot } from './helpers.ts';

let db: ZettelDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => dropDatabase(db));

const jidKey = 'jid:491701234567@c.us' as const;
const titleKey = 'title:Herr Maier' as const;
const monday = Date.UTC(2026, 11, 7, 7);
const tuesday = Date.UTC(2026, 11, 8, 7);

describe('rescheduleReminder', () => {
  it('replaces the pending reminders of every key of the chat, keeps fired ones, remembers the title', async () => {
    await scheduleReminder(db, { id: 'old-title', chatKey: titleKey, dueAt: monday });
    await scheduleReminder(db, { id: 'old-jid', chatKey: jidKey, dueAt: monday });
    await scheduleReminder(db, { id: 'fired', chatKey: jidKey, dueAt: monday - 1 });
    await fireReminder(db, { id: 'fired' });
    await scheduleReminder(db, { id: 'other-chat', chatKey: 'title:Baustelle', dueAt: monday });

    await rescheduleReminder(db, { id: 'new', chatKey: jidKey, title: 'Herr Maier', replaceKeys: [jidKey, titleKey], dueAt: tuesday });

    expect((await listReminders(db)).map((row) => row.id).sort()).toEqual(['fired', 'new', 'other-chat']);
    expect((await db.reminders.get('new'))?.dueAt).toBe(tuesday);
    expect((await db.chats.get(jidKey))?.title).toBe('Herr Maier');
  });

  it('a request retried with the same id (worker restarted after committing) leaves exactly one reminder', async () => {
    await scheduleReminder(db, { id: 'old', chatKey: jidKey, dueAt: monday });
    const request = { id: 'client-made-1', chatKey: jidKey, title: 'Herr Maier', replaceKeys: [jidKey], dueAt: tuesday };
    await runOperation(db, 'rescheduleReminder', request);
    await runOperation(db, 'rescheduleReminder', request);
    expect((await listReminders(db, { chatKey: jidKey })).map((row) => [row.id, row.dueAt])).toEqual([['client-made-1', tuesday]]);
  });

  it('all or nothing: a failure while writing the new reminder keeps the old one', async () => {
    await scheduleReminder(db, { id: 'old', chatKey: jidKey, dueAt: monday });
    const before = await snapshot(db);
    const failNew = (_key: unknown, row: { id: string }) => {
      if (row.id === 'new') throw new Error('worker stopped');
    };
    db.reminders.hook('creating', failNew);
    await expect(rescheduleReminder(db, { id: 'new', chatKey: jidKey, title: 'Herr Maier', replaceKeys: [jidKey], dueAt: tuesday })).rejects.toThrow('worker stopped');
    db.reminders.hook('creating').unsubscribe(failNew);
    expect(await snapshot(db)).toEqual(before);
  });

  it('requires the caller to make the id', async () => {
    await expect(runOperation(db, 'rescheduleReminder', { chatKey: jidKey, title: 'Herr Maier', replaceKeys: [], dueAt: tuesday })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
