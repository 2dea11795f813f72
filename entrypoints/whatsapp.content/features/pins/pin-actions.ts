/**
 * Pinning and unpinning a chat through the data client, whichever key its pin is stored under. The
 * entry points for other features too (the overview): `setChatPinned(client, chat, pinned, marks)`.
 */
import { chatKeyFromTitle, jidOf, type ChatKey } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import { chatKeyCandidates, type ChatMarksData } from '../chat-marks/live-data.ts';

export interface ChatRef {
  key: ChatKey;
  title: string;
}

/** The keys a chat's pin may be stored under (without the marks data: its key and its title key). */
export function pinCandidates(chat: ChatRef, marks: ChatMarksData | null): ChatKey[] {
  if (marks) return chatKeyCandidates(chat.key, chat.title, marks);
  const keys: ChatKey[] = [chat.key];
  if (chat.title.trim()) {
    const titleKey = chatKeyFromTitle(chat.title);
    if (titleKey !== chat.key) keys.push(titleKey);
  }
  return keys;
}

/** The stored pin keys of this chat (usually none or one). */
export function storedPinKeys(chat: ChatRef, isPinned: (key: ChatKey) => boolean, marks: ChatMarksData | null): ChatKey[] {
  return pinCandidates(chat, marks).filter(isPinned);
}

export async function pinChat(client: DataClient, chat: ChatRef): Promise<void> {
  await client.request('pinChat', { chatKey: chat.key });
  // A JID key needs its title remembered: the bar shows it, and finding the row needs it after a reload.
  if (jidOf(chat.key) && chat.title.trim()) await client.request('rememberChat', { chatKey: chat.key, title: chat.title });
}

/** Removes the chat's pin under every key it may be stored under. */
export async function unpinChat(client: DataClient, chat: ChatRef, marks: ChatMarksData | null): Promise<void> {
  await Promise.all(pinCandidates(chat, marks).map((chatKey) => client.request('unpinChat', { chatKey })));
}

/** Pins (at the end of the user's order) or unpins a chat; idempotent both ways. */
export async function setChatPinned(client: DataClient, chat: ChatRef, pinned: boolean, marks: ChatMarksData | null = null): Promise<void> {
  if (pinned) await pinChat(client, chat);
  else await unpinChat(client, chat, marks);
}
