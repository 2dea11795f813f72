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
    const [flags, pins, notes, labelRows, markerRows] = await Promise.all([
      db.flags.bulkGet(keys),
      db.pins.bulkGet(keys),
      db.notes.bulkGet(keys),
      db.chatLabels.where('chatKey').anyOf(keys).toArray(),
      db.markers.where('chatKey').anyOf(keys).toArray(),
    ]);
    // Grouped once: thousands of rows on screen must not cost rows × chats.
    const labelIdsByChat = new Map<ChatKey, string[]>();
    for (const row of labelRows) labelIdsByChat.set(row.chatKey, [...(labelIdsByChat.get(row.chatKey) ?? []), row.labelId]);
    const openMarkersByChat = new Map<ChatKey, number>();
    for (const row of markerRows) if (row.status === 'open') openMarkersByChat.set(row.chatKey, (openMarkersByChat.get(row.chatKey) ?? 0) + 1);
    return keys.map((key, index) => ({
      chatKey: key,
      flag: flags[index] ?? null,
      labelIds: labelIdsByChat.get(key) ?? [],
      pinned: pins[index] !== undefined,
      openMarkers: openMarkersByChat.get(key) ?? 0,
      hasNote: notes[index] !== undefined,
    }));
  });
}
