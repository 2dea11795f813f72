import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import { DataError } from '../../../utils/db/errors.ts';
import { countData, deleteAllData } from '../../../utils/db/repositories/all-data.ts';
import { listAwayReplies, logAwayReply, settleAwayReply, withdrawAwayReply } from '../../../utils/db/repositories/away-replies.ts';
import { chatStates } from '../../../utils/db/repositories/chat-state.ts';
import { flagChat, listFlags, markFlagDue, unflagChat } from '../../../utils/db/repositories/flags.ts';
import { createLabel, deleteLabel, listChatLabels, listLabels, reorderLabels, setChatLabels, updateLabel } from '../../../utils/db/repositories/labels.ts';
import { listMarkers, markMessage, reopenMarker, resolveMarker, unmarkMessage, updateMarker } from '../../../utils/db/repositories/markers.ts';
import { getNote, listNotes, saveNote } from '../../../utils/db/repositories/notes.ts';
import { listPins, pinChat, reorderPins, unpinChat } from '../../../utils/db/repositories/pins.ts';
import { cancelReminder, fireReminder, listDueReminders, listReminders, scheduleReminder } from '../../../utils/db/repositories/reminders.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { deleteTemplate, duplicateTemplate, listTemplates, recordTemplateUse, saveTemplate } from '../../../utils/db/repositories/templates.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { defaultSettings } from '../../../utils/db/settings.ts';
import { dropDatabase, freshDatabase, snapshot, writeUnchecked } from './helpers.ts';

const schneider: ChatKey = 'jid:491701234567@c.us';
const baustelle: ChatKey = 'title:Baustelle Lindenstraße 12';
const T0 = Date.UTC(2026, 10, 2, 9, 0);

let db: ZettelDatabase;
beforeEach(() => {
  // Only Date is faked: fake-indexeddb schedules its work with real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = freshDatabase();
});
afterEach(async () => {
  vi.useRealTimers();
  await dropDatabase(db);
});

async function expectDataError(promise: Promise<unknown>, code: DataError['code']): Promise<void> {
  await expect(promise).rejects.toSatisfy((error: unknown) => error instanceof DataError && error.code === code);
}

describe('flags', () => {
  it('flagChat stores the waiting time and keeps it when flagged again', async () => {
    const first = await flagChat(db, { chatKey: schneider });
    expect(first).toEqual({ chatKey: schneider, waitingSince: T0, state: 'open', updatedAt: T0 });
    vi.setSystemTime(T0 + 60_000);
    expect((await flagChat(db, { chatKey: schneider })).waitingSince).toBe(T0);
    expect((await flagChat(db, { chatKey: schneider, waitingSince: T0 - 5 })).waitingSince).toBe(T0 - 5);
  });

  it('unflagChat removes the flag and says whether there was one', async () => {
    await flagChat(db, { chatKey: schneider });
    expect(await unflagChat(db, { chatKey: schneider })).toEqual({ removed: true });
    expect(await unflagChat(db, { chatKey: schneider })).toEqual({ removed: false });
    expect(await listFlags(db)).toEqual([]);
  });

  it('markFlagDue creates or updates the flag in the due state', async () => {
    expect((await markFlagDue(db, { chatKey: baustelle })).state).toBe('due');
    await flagChat(db, { chatKey: schneider, waitingSince: T0 - 1000 });
    const due = await markFlagDue(db, { chatKey: schneider });
    expect(due).toMatchObject({ state: 'due', waitingSince: T0 - 1000 });
  });

  it('listFlags orders by waiting time (longest waiting first)', async () => {
    await flagChat(db, { chatKey: schneider, waitingSince: T0 });
    await flagChat(db, { chatKey: baustelle, waitingSince: T0 - 10 });
    expect((await listFlags(db)).map((flag) => flag.chatKey)).toEqual([baustelle, schneider]);
  });

  it('refuses a malformed chat key and leaves the database alone', async () => {
    await expectDataError(flagChat(db, { chatKey: 'nonsense' as ChatKey }), 'invalid-input');
    await expectDataError(flagChat(db, { chatKey: schneider, waitingSince: -1 }), 'invalid-input');
    expect(await listFlags(db)).toEqual([]);
  });
});

describe('labels', () => {
  it('createLabel appends to the order and refuses a duplicate name', async () => {
    const quote = await createLabel(db, { name: 'Angebot', color: '#1e88e5' });
    const paid = await createLabel(db, { name: 'Bezahlt', color: '#43a047' });
    expect([quote.order, paid.order]).toEqual([0, 1]);
    await expectDataError(createLabel(db, { name: 'angebot', color: '#000000' }), 'conflict');
    await expectDataError(createLabel(db, { name: 'Rot', color: 'red' }), 'invalid-input');
    await expectDataError(createLabel(db, { name: '   ', color: '#000000' }), 'invalid-input');
  });

  it('createLabel with an id is idempotent (a retried request)', async () => {
    const a = await createLabel(db, { id: 'site', name: 'Baustelle', color: '#6d4c41' });
    const b = await createLabel(db, { id: 'site', name: 'Baustelle', color: '#6d4c41' });
    expect(b).toEqual(a);
    expect(await listLabels(db)).toHaveLength(1);
  });

  it('updateLabel renames and recolors', async () => {
    const label = await createLabel(db, { name: 'Angebot', color: '#1e88e5' });
    vi.setSystemTime(T0 + 1);
    const updated = await updateLabel(db, { id: label.id, color: '#ff0000' });
    expect(updated).toMatchObject({ name: 'Angebot', color: '#ff0000', updatedAt: T0 + 1 });
    await expectDataError(updateLabel(db, { id: 'missing', name: 'x' }), 'not-found');
  });

  it('deleteLabel takes it off every chat in the same transaction', async () => {
    const label = await createLabel(db, { name: 'Angebot', color: '#1e88e5' });
    await setChatLabels(db, { chatKey: schneider, labelIds: [label.id] });
    await setChatLabels(db, { chatKey: baustelle, labelIds: [label.id] });
    expect(await deleteLabel(db, { id: label.id })).toEqual({ removed: true, unassigned: 2 });
    expect(await db.chatLabels.count()).toBe(0);
    expect(await deleteLabel(db, { id: label.id })).toEqual({ removed: false, unassigned: 0 });
  });

  it('reorderLabels needs every label exactly once', async () => {
    const a = await createLabel(db, { name: 'A', color: '#000001' });
    const b = await createLabel(db, { name: 'B', color: '#000002' });
    const c = await createLabel(db, { name: 'C', color: '#000003' });
    await reorderLabels(db, { ids: [c.id, a.id, b.id] });
    expect((await listLabels(db)).map((label) => label.name)).toEqual(['C', 'A', 'B']);
    await expectDataError(reorderLabels(db, { ids: [a.id, b.id] }), 'conflict');
    await expectDataError(reorderLabels(db, { ids: [a.id, a.id, b.id] }), 'conflict');
  });

  it('setChatLabels replaces a chat\'s labels and refuses unknown labels', async () => {
    const a = await createLabel(db, { name: 'A', color: '#000001' });
    const b = await createLabel(db, { name: 'B', color: '#000002' });
    await setChatLabels(db, { chatKey: schneider, labelIds: [a.id, b.id] });
    const after = await setChatLabels(db, { chatKey: schneider, labelIds: [b.id, b.id] });
    expect(after.map((row) => row.labelId)).toEqual([b.id]);
    await expectDataError(setChatLabels(db, { chatKey: schneider, labelIds: ['ghost'] }), 'not-found');
    expect((await db.chatLabels.toArray()).map((row) => row.labelId)).toEqual([b.id]);
  });

  it('listChatLabels returns every assignment', async () => {
    const a = await createLabel(db, { name: 'A', color: '#000001' });
    await setChatLabels(db, { chatKey: schneider, labelIds: [a.id] });
    await setChatLabels(db, { chatKey: baustelle, labelIds: [a.id] });
    expect((await listChatLabels(db)).map((row) => row.chatKey).sort()).toEqual([schneider, baustelle].sort());
  });
});

describe('reminders', () => {
  it('scheduleReminder, listReminders and cancelReminder', async () => {
    const reminder = await scheduleReminder(db, { chatKey: schneider, dueAt: T0 + 3600_000, note: 'Fliesen' });
    expect(reminder).toMatchObject({ chatKey: schneider, dueAt: T0 + 3600_000, note: 'Fliesen', firedAt: null });
    await scheduleReminder(db, { id: 'early', chatKey: baustelle, dueAt: T0 + 60_000 });
    expect((await listReminders(db)).map((r) => r.id)).toEqual(['early', reminder.id]);
    expect((await listReminders(db, { chatKey: schneider })).map((r) => r.id)).toEqual([reminder.id]);
    expect(await cancelReminder(db, { id: reminder.id })).toEqual({ removed: true });
    expect(await cancelReminder(db, { id: reminder.id })).toEqual({ removed: false });
  });

  it('fireReminder marks it fired and sets the flag due; listDueReminders skips fired ones', async () => {
    await scheduleReminder(db, { id: 'r1', chatKey: schneider, dueAt: T0 - 1 });
    await scheduleReminder(db, { id: 'r2', chatKey: baustelle, dueAt: T0 + 10 });
    expect((await listDueReminders(db, { until: T0 })).map((r) => r.id)).toEqual(['r1']);
    const { reminder, flag } = await fireReminder(db, { id: 'r1' });
    expect(reminder.firedAt).toBe(T0);
    expect(flag).toMatchObject({ chatKey: schneider, state: 'due' });
    expect(await listDueReminders(db, { until: T0 + 10 })).toHaveLength(1);
    await expectDataError(fireReminder(db, { id: 'nope' }), 'not-found');
  });
});

describe('pins', () => {
  it('pinChat appends, is idempotent; unpinChat removes', async () => {
    expect((await pinChat(db, { chatKey: schneider })).order).toBe(0);
    expect((await pinChat(db, { chatKey: baustelle })).order).toBe(1);
    expect((await pinChat(db, { chatKey: schneider })).order).toBe(0);
    expect(await unpinChat(db, { chatKey: schneider })).toEqual({ removed: true });
    expect((await listPins(db)).map((pin) => pin.chatKey)).toEqual([baustelle]);
  });

  it('reorderPins keeps the user\'s order and refuses a stale list', async () => {
    const keys: ChatKey[] = Array.from({ length: 30 }, (_, index) => `title:Kunde ${index}` as ChatKey);
    for (const key of keys) await pinChat(db, { chatKey: key });
    const reversed = [...keys].reverse();
    await reorderPins(db, { chatKeys: reversed });
    expect((await listPins(db)).map((pin) => pin.chatKey)).toEqual(reversed);
    await expectDataError(reorderPins(db, { chatKeys: keys.slice(1) }), 'conflict');
  });
});

describe('markers', () => {
  const base = { chatKey: schneider, snippet: 'Bitte Angebot', sender: 'Frau Schneider', sentAt: T0 - 5000 };

  it('markMessage normalises the message id and clips hostile text to a snippet', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202E'.repeat(1000);
    const marker = await markMessage(db, { ...base, messageId: 'false_491701234567@c.us_3EB0ABC_491709999@c.us', snippet: hostile });
    expect(marker.messageId).toBe('3EB0ABC');
    expect(marker.snippet).toBe(hostile.slice(0, 500));
    expect(marker).toMatchObject({ status: 'open', color: '#f5a623', createdAt: T0, resolvedAt: null });
    expect(await db.markers.get([schneider, '3EB0ABC'])).toBeDefined();
  });

  it('resolveMarker, reopenMarker, updateMarker and unmarkMessage', async () => {
    await markMessage(db, { ...base, messageId: 'M1' });
    vi.setSystemTime(T0 + 100);
    expect(await resolveMarker(db, { chatKey: schneider, messageId: 'M1' })).toMatchObject({ status: 'resolved', resolvedAt: T0 + 100 });
    vi.setSystemTime(T0 + 200);
    expect((await resolveMarker(db, { chatKey: schneider, messageId: 'M1' })).resolvedAt).toBe(T0 + 100);
    expect(await reopenMarker(db, { chatKey: schneider, messageId: 'M1' })).toMatchObject({ status: 'open', resolvedAt: null });
    expect(await updateMarker(db, { chatKey: schneider, messageId: 'M1', note: 'Maße', color: '#00ff00' })).toMatchObject({ note: 'Maße', color: '#00ff00' });
    expect(await unmarkMessage(db, { chatKey: schneider, messageId: 'M1' })).toEqual({ removed: true });
    await expectDataError(resolveMarker(db, { chatKey: schneider, messageId: 'M1' }), 'not-found');
  });

  it('re-marking keeps the first marking time and reopens', async () => {
    await markMessage(db, { ...base, messageId: 'M1' });
    await resolveMarker(db, { chatKey: schneider, messageId: 'M1' });
    vi.setSystemTime(T0 + 1000);
    expect(await markMessage(db, { ...base, messageId: 'M1' })).toMatchObject({ createdAt: T0, updatedAt: T0 + 1000, status: 'open' });
  });

  it('listMarkers filters by chat and status, newest first', async () => {
    await markMessage(db, { ...base, messageId: 'M1' });
    vi.setSystemTime(T0 + 1);
    await markMessage(db, { ...base, messageId: 'M2' });
    await markMessage(db, { ...base, chatKey: baustelle, messageId: 'M3' });
    await resolveMarker(db, { chatKey: baustelle, messageId: 'M3' });
    expect((await listMarkers(db, { chatKey: schneider })).map((m) => m.messageId)).toEqual(['M2', 'M1']);
    expect((await listMarkers(db, { status: 'resolved' })).map((m) => m.messageId)).toEqual(['M3']);
    expect(await listMarkers(db)).toHaveLength(3);
  });
});

describe('notes', () => {
  it('saveNote stores plain text; blank text deletes the note', async () => {
    expect(await saveNote(db, { chatKey: schneider, text: 'Hund im Garten' })).toMatchObject({ text: 'Hund im Garten' });
    expect((await getNote(db, { chatKey: schneider }))?.text).toBe('Hund im Garten');
    expect(await listNotes(db)).toHaveLength(1);
    expect(await saveNote(db, { chatKey: schneider, text: '  \n ' })).toBeNull();
    expect(await getNote(db, { chatKey: schneider })).toBeNull();
  });
});

describe('templates', () => {
  it('saveTemplate creates and updates, keeping usage statistics', async () => {
    const created = await saveTemplate(db, { title: 'Termin bestätigt', body: 'Guten Tag {Name}', tags: ['termin', 'termin'], shortcut: 'tb' });
    expect(created).toMatchObject({ tags: ['termin'], usageCount: 0, createdAt: T0 });
    await recordTemplateUse(db, { id: created.id });
    vi.setSystemTime(T0 + 5);
    const updated = await saveTemplate(db, { id: created.id, title: 'Termin bestätigt', body: 'Hallo {Vorname}' });
    expect(updated).toMatchObject({ body: 'Hallo {Vorname}', usageCount: 1, shortcut: 'tb', createdAt: T0, updatedAt: T0 + 5 });
  });

  it('refuses a shortcut another template uses', async () => {
    await saveTemplate(db, { title: 'A', body: 'a', shortcut: 'x' });
    await expectDataError(saveTemplate(db, { title: 'B', body: 'b', shortcut: 'x' }), 'conflict');
  });

  it('duplicateTemplate copies without shortcut or usage; recordTemplateUse counts; deleteTemplate removes', async () => {
    const original = await saveTemplate(db, { id: 'orig', title: 'Material bestellt', body: 'Das Material ist bestellt.', shortcut: 'mb' });
    await recordTemplateUse(db, { id: original.id });
    const copy = await duplicateTemplate(db, { id: original.id, title: 'Material bestellt (Kopie)' });
    expect(copy).toMatchObject({ title: 'Material bestellt (Kopie)', shortcut: null, usageCount: 0, body: original.body });
    expect(copy.id).not.toBe(original.id);
    expect((await recordTemplateUse(db, { id: original.id })).usageCount).toBe(2);
    expect(await deleteTemplate(db, { id: copy.id })).toEqual({ removed: true });
    expect((await listTemplates(db)).map((tpl) => tpl.id)).toEqual(['orig']);
    await expectDataError(duplicateTemplate(db, { id: 'gone' }), 'not-found');
    await expectDataError(recordTemplateUse(db, { id: 'gone' }), 'not-found');
  });
});

describe('settings', () => {
  it('reads defaults, stores validated values, ignores unreadable stored values', async () => {
    expect(await getSettings(db)).toEqual(defaultSettings());
    await updateSetting(db, { key: 'flags.overdueAfterHours', value: 4 });
    expect((await getSettings(db))['flags.overdueAfterHours']).toBe(4);
    await expectDataError(updateSetting(db, { key: 'flags.overdueAfterHours', value: -1 }), 'invalid-input');
    await expectDataError(updateSetting(db, { key: 'no.such' as 'flags.overdueAfterHours', value: 1 }), 'invalid-input');
    // Every write is checked, so only a row stored before the checks can be unreadable.
    await expectDataError(db.settings.put({ key: 'flags.autoClearOnSend', value: 'yes', updatedAt: T0 }), 'invalid-input');
    await writeUnchecked(db, 'settings', [{ key: 'flags.autoClearOnSend', value: 'yes', updatedAt: T0 }]);
    expect((await getSettings(db))['flags.autoClearOnSend']).toBe(true);
  });
});

describe('away replies', () => {
  it('logAwayReply is idempotent with an id; listAwayReplies is newest first', async () => {
    await logAwayReply(db, { id: 'a1', chatKey: schneider, sentAt: T0 - 10 });
    await logAwayReply(db, { id: 'a1', chatKey: schneider, sentAt: T0 - 10 });
    await logAwayReply(db, { chatKey: baustelle, sentAt: T0 });
    expect((await listAwayReplies(db)).map((row) => row.chatKey)).toEqual([baustelle, schneider]);
    expect(await listAwayReplies(db, { since: T0 })).toHaveLength(1);
    expect((await listAwayReplies(db)).map((row) => row.status)).toEqual(['sent', 'sent']);
  });

  it('a pending claim is settled once (sent or failed, never back) or withdrawn; a settled entry is never withdrawn', async () => {
    await logAwayReply(db, { id: 'p1', chatKey: schneider, sentAt: T0, periodId: '2026-05-12T15:00:00.000Z', status: 'pending' });
    expect(await listAwayReplies(db)).toMatchObject([{ id: 'p1', status: 'pending', periodId: '2026-05-12T15:00:00.000Z' }]);
    expect(await settleAwayReply(db, { id: 'p1', status: 'failed' })).toEqual({ settled: true });
    // A retried or late request changes nothing any more.
    expect(await settleAwayReply(db, { id: 'p1', status: 'sent' })).toEqual({ settled: false });
    expect(await withdrawAwayReply(db, { id: 'p1' })).toEqual({ removed: false });
    expect(await listAwayReplies(db)).toMatchObject([{ id: 'p1', status: 'failed' }]);

    await logAwayReply(db, { id: 'p2', chatKey: baustelle, sentAt: T0, status: 'pending' });
    expect(await withdrawAwayReply(db, { id: 'p2' })).toEqual({ removed: true });
    expect(await settleAwayReply(db, { id: 'p2', status: 'sent' })).toEqual({ settled: false });
    expect((await listAwayReplies(db)).map((row) => row.id)).toEqual(['p1']);
  });
});

describe('chat states, counts and delete all', () => {
  it('chatStates combines flag, labels, pin, open markers and note per chat', async () => {
    const label = await createLabel(db, { name: 'Angebot', color: '#1e88e5' });
    await flagChat(db, { chatKey: schneider });
    await setChatLabels(db, { chatKey: schneider, labelIds: [label.id] });
    await pinChat(db, { chatKey: schneider });
    await markMessage(db, { chatKey: schneider, messageId: 'M1', snippet: 's', sender: 'x' });
    await saveNote(db, { chatKey: schneider, text: 'n' });
    const [state, empty] = await chatStates(db, { chatKeys: [schneider, baustelle] });
    expect(state).toMatchObject({ chatKey: schneider, labelIds: [label.id], pinned: true, openMarkers: 1, hasNote: true });
    expect(state!.flag?.state).toBe('open');
    expect(empty).toEqual({ chatKey: baustelle, flag: null, labelIds: [], pinned: false, openMarkers: 0, hasNote: false });
  });

  it('countData counts chats to answer (flags and open markers), and deleteAllData empties everything', async () => {
    await flagChat(db, { chatKey: schneider });
    await markMessage(db, { chatKey: baustelle, messageId: 'M1', snippet: 's', sender: 'x' });
    await markMessage(db, { chatKey: schneider, messageId: 'M2', snippet: 's', sender: 'x' });
    await createLabel(db, { name: 'A', color: '#000000' });
    expect(await countData(db)).toEqual({ toAnswer: 2, due: 0, labels: 1, pins: 0, openMarkers: 2, notes: 0, templates: 0 });
    await deleteAllData(db);
    const empty = await snapshot(db);
    expect(Object.values(empty).every((rows) => rows.length === 0)).toBe(true);
  });
});
