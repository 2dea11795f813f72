/**
 * New incoming messages in the open chat, as they arrive. "New" is strict, because the automatic reply
 * must never answer old messages: a message counts only when it appears AFTER the last message of the
 * list seen just before, in the same conversation. So the history shown on opening a chat (including
 * unread messages that arrived while WhatsApp Web was closed), a re-render and older messages loading
 * at the top never count; neither does a list that shares no message with the one before (a chat's
 * history arriving after its header).
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import type { MessageSnapshot } from '../../../../utils/whatsapp/messages.ts';

export interface IncomingEvent {
  chat: { key: ChatKey; title: string };
  /** The new incoming messages, oldest first. */
  fresh: MessageSnapshot[];
  /** Every rendered message of the chat now. */
  messages: MessageSnapshot[];
}

/** The chat whose message list the watcher follows now (for the test bridge: a sync point). */
export const watchedChat: { title: string | null; lastRawId: string | null } = { title: null, lastRawId: null };

/** Messages after the last one seen before, that were not seen; null when the list does not continue. */
export function newAfterSeen(messages: readonly MessageSnapshot[], seen: ReadonlySet<string>): MessageSnapshot[] | null {
  let lastSeen = -1;
  messages.forEach((message, index) => {
    if (seen.has(message.id)) lastSeen = index;
  });
  if (lastSeen < 0) return null;
  return messages.slice(lastSeen + 1).filter((message) => !seen.has(message.id));
}

export function watchIncoming(
  adapter: WhatsAppAdapter,
  signal: AbortSignal,
  onIncoming: (event: IncomingEvent) => void,
  onSwitch: () => void,
  onOwnMessage: () => void = () => {},
): void {
  let chatKey: ChatKey | null = null;
  // The ids of the list reported last time, whichever chat it was: a new message must continue THAT
  // list. Opening a chat (again) replaces the list with one that shares nothing with it, so messages
  // that came in while the chat was not on screen — perhaps before the automatic reply was switched
  // on — are never judged; a chat whose key changes without a switch (its JID learned) keeps its list.
  let previous = new Set<string>();
  adapter.onMessages((messages) => {
    const chat = adapter.currentChat();
    if ((chat?.key ?? null) !== chatKey) {
      chatKey = chat?.key ?? null;
      onSwitch();
    }
    const added = chat ? newAfterSeen(messages, previous) : null;
    previous = new Set(messages.map((message) => message.id));
    watchedChat.title = chat?.title ?? null;
    watchedChat.lastRawId = messages.at(-1)?.rawId ?? null;
    if (!chat || !added) return;
    if (added.some((message) => message.direction === 'out')) onOwnMessage();
    const fresh = added.filter((message) => message.direction === 'in' && !message.virtualized);
    if (fresh.length > 0) onIncoming({ chat: { key: chat.key, title: chat.title }, fresh, messages });
  }, signal);
  signal.addEventListener('abort', () => Object.assign(watchedChat, { title: null, lastRawId: null }), { once: true });
}
