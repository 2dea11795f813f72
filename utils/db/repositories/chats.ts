/**
 * Chat identity in the database. Records are keyed by ChatKey (utils/chat-key.ts): `title:` until the
 * adapter learns the chat's JID, `jid:` after. When the adapter ties a title to a JID, or sees a
 * title-keyed chat renamed, everything stored under the old key moves to the new one in ONE
 * transaction, merging with what is already there without losing anything.
 */
import { z } from 'zod';
import { chatKeyFromJid, chatKeyFromTitle, isJid, type ChatKey } from '../../chat-key.ts';
import { DataError, parseInput } from '../errors.ts';
import { LIMITS, chatKey, type ChatRecord, type FlagRecord, type MarkerRecord, type NoteRecord, type PinRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { now } from './clock.ts';

const title = z.string().max(LIMITS.title).refine((value) => value.trim() !== '', 'a chat title must not be empty');
export const rememberChatInput = z.strictObject({ chatKey, title });
export const linkTitleToJidInput = z.strictObject({ title, jid: z.string().refine(isJid, 'not a WhatsApp chat id') });
export const followRenameInput = z.strictObject({ oldTitle: title, newTitle: title });

/** The normalised title inside a `title:` key (what the chat list shows, spacing tidied). */
function titleOf(key: ChatKey): string {
  return key.slice('title:'.length);
}

export interface MoveSummary {
  from: ChatKey;
  to: ChatKey;
  /** Rows moved or merged, per table. */
  moved: Record<string, number>;
}

/** Records the chat's display name (for lists of chats whose row is not on screen). */
export async function rememberChat(db: ZettelDatabase, input: z.input<typeof rememberChatInput>): Promise<ChatRecord> {
  const { chatKey: key, title: name } = parseInput(rememberChatInput, input);
  return db.transaction('rw', db.chats, async () => {
    const existing = await db.chats.get(key);
    if (existing?.title === name) return existing;
    const record: ChatRecord = { key, title: name, updatedAt: now() };
    await db.chats.put(record);
    return record;
  });
}

/** Every known chat with its display title: lets the page match a `jid:` record to a row that shows only a title. */
export async function listChats(db: ZettelDatabase): Promise<ChatRecord[]> {
  return db.chats.toArray();
}

/** The adapter learned that the chat shown as `title` has this JID: title-keyed records join the JID. */
export async function linkChatTitleToJid(db: ZettelDatabase, input: z.input<typeof linkTitleToJidInput>): Promise<MoveSummary> {
  const { title: name, jid } = parseInput(linkTitleToJidInput, input);
  const from = chatKeyFromTitle(name);
  return moveChatRecords(db, from, chatKeyFromJid(jid), titleOf(from));
}

/** A chat still keyed by its title was renamed (seen in the open chat's header): follow it. */
export async function followChatRename(db: ZettelDatabase, input: z.input<typeof followRenameInput>): Promise<MoveSummary> {
  const { oldTitle, newTitle } = parseInput(followRenameInput, input);
  const from = chatKeyFromTitle(oldTitle);
  const to = chatKeyFromTitle(newTitle);
  if (from === to) return { from, to, moved: {} };
  return moveChatRecords(db, from, to, titleOf(to));
}

function mergeFlags(into: FlagRecord | undefined, from: FlagRecord, to: ChatKey, stamp: number): FlagRecord {
  if (!into) return { ...from, chatKey: to, updatedAt: stamp };
  return {
    chatKey: to,
    waitingSince: Math.min(into.waitingSince, from.waitingSince),
    state: into.state === 'due' || from.state === 'due' ? 'due' : 'open',
    updatedAt: stamp,
  };
}

function mergePins(into: PinRecord | undefined, from: PinRecord, to: ChatKey, stamp: number): PinRecord {
  return { chatKey: to, order: into ? Math.min(into.order, from.order) : from.order, updatedAt: stamp };
}

/**
 * Two notes for one chat: keep both texts rather than pick one (a note is the user's own writing).
 * When both together would pass the note limit, nothing is cut: the chat keeps the longer text whole
 * and the other note stays, whole, under its old key (listed under its old name in the overview), so
 * every row stays one a backup can restore. Returns null for that case.
 */
function mergeNotes(into: NoteRecord | undefined, from: NoteRecord, to: ChatKey, stamp: number): NoteRecord | null {
  if (!into || into.text === from.text) return { chatKey: to, text: into?.text ?? from.text, updatedAt: stamp };
  const joined = `${into.text}\n\n${from.text}`;
  if (joined.length <= LIMITS.noteText) return { chatKey: to, text: joined, updatedAt: stamp };
  return null;
}

function newerMarker(into: MarkerRecord | undefined, from: MarkerRecord, to: ChatKey): MarkerRecord | null {
  if (into && into.updatedAt >= from.updatedAt) return null;
  return { ...from, chatKey: to };
}

export async function moveChatRecords(db: ZettelDatabase, from: ChatKey, to: ChatKey, toTitle?: string): Promise<MoveSummary> {
  if (from === to) throw new DataError('invalid-input', 'cannot move a chat onto itself');
  const tables = [db.chats, db.flags, db.chatLabels, db.reminders, db.pins, db.markers, db.notes, db.awayReplies];
  return db.transaction('rw', tables, async () => {
    const stamp = now();
    const moved: Record<string, number> = {};
    const count = (table: string, n: number) => {
      if (n > 0) moved[table] = (moved[table] ?? 0) + n;
    };

    const oldFlag = await db.flags.get(from);
    if (oldFlag) {
      await db.flags.put(mergeFlags(await db.flags.get(to), oldFlag, to, stamp));
      await db.flags.delete(from);
      count('flags', 1);
    }

    const oldPin = await db.pins.get(from);
    if (oldPin) {
      await db.pins.put(mergePins(await db.pins.get(to), oldPin, to, stamp));
      await db.pins.delete(from);
      count('pins', 1);
    }

    const oldNote = await db.notes.get(from);
    let noteStaysBehind = false;
    if (oldNote) {
      const target = await db.notes.get(to);
      const merged = mergeNotes(target, oldNote, to, stamp);
      if (merged) {
        await db.notes.put(merged);
        await db.notes.delete(from);
        count('notes', 1);
      } else if (target && oldNote.text.length > target.text.length) {
        // The longer text becomes the chat's note; the shorter one takes the old key's place.
        await db.notes.put({ chatKey: to, text: oldNote.text, updatedAt: stamp });
        await db.notes.put({ chatKey: from, text: target.text, updatedAt: stamp });
        noteStaysBehind = true;
      } else {
        noteStaysBehind = true;
      }
    }

    const oldLabels = await db.chatLabels.where('chatKey').equals(from).toArray();
    await db.chatLabels.bulkPut(oldLabels.map((row) => ({ chatKey: to, labelId: row.labelId, updatedAt: stamp })));
    await db.chatLabels.bulkDelete(oldLabels.map((row) => [from, row.labelId] as [ChatKey, string]));
    count('chatLabels', oldLabels.length);

    const oldMarkers = await db.markers.where('chatKey').equals(from).toArray();
    for (const marker of oldMarkers) {
      const merged = newerMarker(await db.markers.get([to, marker.messageId]), marker, to);
      if (merged) await db.markers.put(merged);
    }
    await db.markers.bulkDelete(oldMarkers.map((marker) => [from, marker.messageId] as [ChatKey, string]));
    count('markers', oldMarkers.length);

    count('reminders', await db.reminders.where('chatKey').equals(from).modify({ chatKey: to, updatedAt: stamp }));
    count('awayReplies', await db.awayReplies.where('chatKey').equals(from).modify({ chatKey: to, updatedAt: stamp }));

    const oldChat = await db.chats.get(from);
    const newChat = await db.chats.get(to);
    const name = toTitle ?? newChat?.title ?? oldChat?.title ?? null;
    if (oldChat || newChat || toTitle) {
      await db.chats.put({ key: to, title: name, updatedAt: stamp });
      // A note left under the old key keeps its chat's name, so the overview can still say whose it is.
      if (oldChat && !noteStaysBehind) await db.chats.delete(from);
    }
    return { from, to, moved };
  });
}
