/**
 * "I answered": when a message I sent appears at the end of a flagged chat, its flag clears (setting
 * `flags.autoClearOnSend`, on by default), with an undo toast for a few seconds.
 *
 * A send is a NEW outgoing message id at the end of the open chat's messages. Messages seen on opening
 * a chat, after a re-render or when older ones load are not sends: ids already seen in this chat never
 * count, the first report after a switch only records what is there, and a list that shares no
 * message with the one before (a chat's history arriving after its header) is not a send either.
 * Zettel's own sends (the automatic away reply) are never the user's answer: they are announced before
 * they are pressed (../../zettel-sends.ts) and skipped here.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import type { MessageSnapshot } from '../../../../utils/whatsapp/messages.ts';
import { isZettelSend } from '../../zettel-sends.ts';

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
    // The list must continue what was seen: WhatsApp renders the header before the messages, so right
    // after opening a chat a whole history arrives at once (no overlap with the empty or previous list).
    const continues = ids.slice(0, -1).some((id) => seen.has(id));
    const fresh = last && continues && !seen.has(last.id) && last.direction === 'out' && !last.virtualized && !isZettelSend(chat.key, last, messages);
    for (const id of ids) seen.add(id);
    if (fresh) onSend({ chat: { key: chat.key, title: chat.title }, messageId: last.id });
  }, signal);
}
