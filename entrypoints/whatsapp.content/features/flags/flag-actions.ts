/** Flagging and unflagging a chat through the data client, whichever key its flag is stored under. */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import { jidOf } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { FlagRecord } from '../../../../utils/messaging/protocol.ts';
import { chatKeyCandidates, type ChatMarksData } from '../chat-marks/live-data.ts';

export interface ChatRef {
  key: ChatKey;
  title: string;
}

/** The flags stored for this chat under any of its keys. */
export function storedFlags(chat: ChatRef, data: ChatMarksData): FlagRecord[] {
  return chatKeyCandidates(chat.key, chat.title, data)
    .map((key) => data.flags.get(key))
    .filter((flag): flag is FlagRecord => flag !== undefined);
}

export async function flagChat(client: DataClient, chat: ChatRef, waitingSince?: number): Promise<void> {
  await client.request('flagChat', waitingSince === undefined ? { chatKey: chat.key } : { chatKey: chat.key, waitingSince });
  // A JID key needs its title remembered, or the row (which shows only the title) cannot find it after a reload.
  if (jidOf(chat.key) && chat.title.trim()) await client.request('rememberChat', { chatKey: chat.key, title: chat.title });
}

/** Removes the chat's flag under every key; returns what was removed (for undo). */
export async function unflagChat(client: DataClient, chat: ChatRef, data: ChatMarksData): Promise<FlagRecord[]> {
  const flags = storedFlags(chat, data);
  await Promise.all(flags.map((flag) => client.request('unflagChat', { chatKey: flag.chatKey })));
  return flags;
}

/** Puts removed flags back as they were (undo). */
export async function restoreFlags(client: DataClient, flags: readonly FlagRecord[]): Promise<void> {
  for (const flag of flags) {
    await client.request('flagChat', { chatKey: flag.chatKey, waitingSince: flag.waitingSince });
    if (flag.state === 'due') await client.request('markFlagDue', { chatKey: flag.chatKey });
  }
}

export async function toggleFlag(client: DataClient, chat: ChatRef, data: ChatMarksData): Promise<'flagged' | 'unflagged'> {
  if (storedFlags(chat, data).length > 0) {
    await unflagChat(client, chat, data);
    return 'unflagged';
  }
  await flagChat(client, chat);
  return 'flagged';
}
