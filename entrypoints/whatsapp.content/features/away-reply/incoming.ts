/**
 * New incoming messages in the open chat, as they arrive. "New" is strict, because the automatic reply
 * must never answer old messages: a message counts only when it appears AFTER the last message already
 * seen in the same chat while this page watched it. So the history shown on opening a chat (including
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
  let seen = new Set<string>();
  adapter.onMessages((messages) => {
    const chat = adapter.currentChat();
    if (!chat || chat.key !== chatKey) {
      // A switch (or the first look): remember what is there, judge nothing.
      chatKey = chat?.key ?? null;
      seen = new Set(messages.map((message) => message.id));
      onSwitch();
      return;
    }
    const added = newAfterSeen(messages, seen);
    for (const message of messages) seen.add(message.id);
    const fresh = (added ?? []).filter((message) => message.direction === 'in' && !message.virtualized);
    if ((added ?? []).some((message) => message.direction === 'out')) onOwnMessage();
    if (fresh.length > 0) onIncoming({ chat: { key: chat.key, title: chat.title }, fresh, messages });
  }, signal);
}
