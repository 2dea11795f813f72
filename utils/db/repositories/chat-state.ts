/**
 * What the chat list and the conversation header show for a set of chats, in one read: the query the
 * content script subscribes to for the rows on screen.
 */
import { z } from 'zod';
import type { ChatKey } from '../../chat-key.ts';
import { parseInput } from '../errors.ts';
import { chatKey, type FlagRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';

export const chatStatesInput = z.strictObject({ chatKeys: z.array(chatKey).max(10_000) });

export interface ChatState {
  chatKey: ChatKey;
  flag: FlagRecord | null;
  labelIds: string[];
  pinned: boolean;
  openMarkers: number;
  hasNote: boolean;
}

export async function chatStates(db: ZettelDatabase, input: z.input<typeof chatStatesInput>): Promise<ChatState[]> {
  const { chatKeys } = parseInput(chatStatesInput, input);
  const keys = [...new Set(chatKeys)];
  return db.transaction('r', [db.flags, db.chatLabels, db.pins, db.markers, db.notes], async () => {
    const [flags, pinKeys, noteKeys, labelKeys, openMarkers] = await Promise.all([
      db.flags.bulkGet(keys),
      // Keys only where the answer is "is there one": notes and markers can be large rows.
      db.pins.where(':id').anyOf(keys).primaryKeys(),
      db.notes.where(':id').anyOf(keys).primaryKeys(),
      db.chatLabels.where('chatKey').anyOf(keys).primaryKeys(),
      // One index count per chat: a chat's open markers are counted, never read.
      Promise.all(keys.map((key) => db.markers.where('[status+chatKey]').equals(['open', key]).count())),
    ]);
    // Grouped once: thousands of rows on screen must not cost rows × chats.
    const pinned = new Set<ChatKey>(pinKeys);
    const noted = new Set<ChatKey>(noteKeys);
    const labelIdsByChat = new Map<ChatKey, string[]>();
    for (const [chat, labelId] of labelKeys) {
      const list = labelIdsByChat.get(chat);
      if (list) list.push(labelId);
      else labelIdsByChat.set(chat, [labelId]);
    }
    return keys.map((key, index) => ({
      chatKey: key,
      flag: flags[index] ?? null,
      labelIds: labelIdsByChat.get(key) ?? [],
      pinned: pinned.has(key),
      openMarkers: openMarkers[index] ?? 0,
      hasNote: noted.has(key),
    }));
  });
}
