import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import { DataError } from '../../../utils/db/errors.ts';
import { followChatRename, linkChatTitleToJid, listChats, rememberChat } from '../../../utils/db/repositories/chats.ts';
import { flagChat, markFlagDue } from '../../../utils/db/repositories/flags.ts';
import { createLabel, setChatLabels } from '../../../utils/db/repositories/labels.ts';
import { markMessage } from '../../../utils/db/repositories/markers.ts';
import { saveNote } from '../../../utils/db/repositories/notes.ts';
import { pinChat } from '../../../utils/db/repositories/pins.ts';
import { scheduleReminder } from '../../../utils/db/repositories/reminders.ts';
import { logAwayReply } from '../../../utils/db/repositories/away-replies.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase } from './helpers.ts';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const titleKey: ChatKey = 'title:Familie Schneider';
const jidKey: ChatKey = 'jid:491701234567@c.us';

let db: ZettelDatabase;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = freshDatabase();
});
afterEach(async () => {
  vi.useRealTimers();
  await dropDatabase(db);
});

async function fillChat(key: ChatKey, labelId: string, text: string, messageId: string) {
  await flagChat(db, { chatKey: key, waitingSince: T0 - (key === titleKey ? 5000 : 1000) });
  await setChatLabels(db, { chatKey: key, labelIds: [labelId] });
  await pinChat(db, { chatKey: key });
  await markMessage(db, { chatKey: key, messageId, snippet: text, sender: 'Frau Schneider' });
  await saveNote(db, { chatKey: key, text });
  await scheduleReminder(db, { id: `r-${messageId}`, chatKey: key, dueAt: T0 + 1000 });
  await logAwayReply(db, { id: `a-${messageId}`, chatKey: key, sentAt: T0 });
}

describe('rememberChat', () => {
  it('stores and updates the display title', async () => {
    await rememberChat(db, { chatKey: jidKey, title: 'Familie Schneider' });
    await rememberChat(db, { chatKey: jidKey, title: 'Schneider (Bad)' });
    expect(await db.chats.get(jidKey)).toEqual({ key: jidKey, title: 'Schneider (Bad)', updatedAt: T0 });
    await rememberChat(db, { chatKey: titleKey, title: 'Familie Schneider' });
    expect((await listChats(db)).map((chat) => chat.key).sort()).toEqual([jidKey, titleKey].sort());
  });
});

describe('linkChatTitleToJid', () => {
  it('moves every record of a title-keyed chat to its JID key', async () => {
    const label = await createLabel(db, { name: 'Angebot', color: '#1e88e5' });
    await rememberChat(db, { chatKey: titleKey, title: 'Familie Schneider' });
    await fillChat(titleKey, label.id, 'Notiz vom Titel', 'M1');
    const summary = await linkChatTitleToJid(db, { title: 'Familie  Schneider ', jid: '491701234567@c.us' });
    expect(summary.moved).toEqual({ flags: 1, pins: 1, notes: 1, chatLabels: 1, markers: 1, reminders: 1, awayReplies: 1 });
    for (const table of ['flags', 'pins', 'notes', 'chatLabels', 'markers', 'reminders', 'awayReplies'] as const) {
      expect(await db.table(table).where('chatKey').equals(titleKey).count(), table).toBe(0);
      expect(await db.table(table).where('chatKey').equals(jidKey).count(), table).toBe(1);
    }
    expect(await db.chats.get(titleKey)).toBeUndefined();
    expect((await db.chats.get(jidKey))?.title).toBe('Familie Schneider');
  });

  it('merges with records already under the JID without losing any', async () => {
    const a = await createLabel(db, { name: 'A', color: '#000001' });
    const b = await createLabel(db, { name: 'B', color: '#000002' });
    await fillChat(jidKey, a.id, 'Notiz JID', 'M1');
    await fillChat(titleKey, b.id, 'Notiz Titel', 'M2');
    await markFlagDue(db, { chatKey: titleKey });
    await linkChatTitleToJid(db, { title: 'Familie Schneider', jid: '491701234567@c.us' });
    // the longer wait and the due state survive
    expect(await db.flags.get(jidKey)).toMatchObject({ waitingSince: T0 - 5000, state: 'due' });
    expect((await db.chatLabels.where('chatKey').equals(jidKey).toArray()).map((row) => row.labelId).sort()).toEqual([a.id, b.id].sort());
    expect((await db.notes.get(jidKey))?.text).toBe('Notiz JID\n\nNotiz Titel');
    expect(await db.markers.where('chatKey').equals(jidKey).count()).toBe(2);
    expect(await db.reminders.where('chatKey').equals(jidKey).count()).toBe(2);
    expect((await db.pins.get(jidKey))?.order).toBe(0);
    expect(await db.pins.count()).toBe(1);
  });

  it('keeps the newer of two markers on the same message', async () => {
    await markMessage(db, { chatKey: jidKey, messageId: 'M1', snippet: 'alt', sender: 's', note: 'alt' });
    vi.setSystemTime(T0 + 10);
    await markMessage(db, { chatKey: titleKey, messageId: 'M1', snippet: 'neu', sender: 's', note: 'neu' });
    await linkChatTitleToJid(db, { title: 'Familie Schneider', jid: '491701234567@c.us' });
    expect((await db.markers.get([jidKey, 'M1']))?.note).toBe('neu');
    expect(await db.markers.count()).toBe(1);
  });

  it('refuses something that is not a JID', async () => {
    await expect(linkChatTitleToJid(db, { title: 'X', jid: 'not a jid' })).rejects.toBeInstanceOf(DataError);
  });
});

describe('followChatRename', () => {
  it('moves title-keyed records from the old to the new title', async () => {
    const label = await createLabel(db, { name: 'A', color: '#000001' });
    await fillChat(titleKey, label.id, 'Notiz', 'M1');
    await followChatRename(db, { oldTitle: 'Familie Schneider', newTitle: 'Schneider Bad' });
    expect(await db.flags.get('title:Schneider Bad')).toBeDefined();
    expect(await db.flags.get(titleKey)).toBeUndefined();
    expect((await db.chats.get('title:Schneider Bad'))?.title).toBe('Schneider Bad');
  });

  it('is a no-op when only whitespace changed', async () => {
    await flagChat(db, { chatKey: titleKey });
    expect((await followChatRename(db, { oldTitle: 'Familie Schneider', newTitle: ' Familie  Schneider' })).moved).toEqual({});
    expect(await db.flags.get(titleKey)).toBeDefined();
  });
});
