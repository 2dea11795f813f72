/**
 * "I answered": when a message I sent appears at the end of a flagged chat, its flag clears (setting
 * `flags.autoClearOnSend`, on by default), with an undo toast for a few seconds.
 *
 * A send is a NEW outgoing message id at the end of the open chat's messages. Messages seen on opening
 * a chat, after a re-render or when older ones load are not sends: ids already seen in this chat never
 * count, and the first report after a switch only records what is there.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import type { MessageSnapshot } from '../../../../utils/whatsapp/messages.ts';

export interface SentMessage {
  chat: { key: ChatKey; title: string };
  messageId: string;
}

export function watchOwnSends(adapter: WhatsAppAdapter, signal: AbortSignal, onSend: (sent: SentMessage) => void): void {
  let chatKey: ChatKey | null = null;
  let seen = new Set<string>();
  adapter.onMessages((messages: MessageSnapshot[]) => {
    const chat = adapter.currentChat();
    if (!chat) {
      chatKey = null;
      seen = new Set();
      return;
    }
    const ids = messages.map((message) => message.id);
    if (chat.key !== chatKey) {
      // A switch (or the first look): remember, do not judge.
      chatKey = chat.key;
      seen = new Set(ids);
      return;
    }
    const last = messages[messages.length - 1];
    const fresh = last && !seen.has(last.id) && last.direction === 'out' && !last.virtualized;
    for (const id of ids) seen.add(id);
    if (fresh) onSend({ chat: { key: chat.key, title: chat.title }, messageId: last.id });
  }, signal);
}
