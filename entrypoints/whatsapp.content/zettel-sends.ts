/**
 * Zettel's own sends, in one place: every path that presses send for the user (today only the automatic
 * away reply) announces it here BEFORE it presses, with the ids of the messages the chat showed then.
 * The first new outgoing message of that chat after the press is Zettel's, whoever sees it first: the
 * send's own verification or "I answered" (flags/auto-clear.ts), which runs on the same message batch
 * and must never take Zettel's message for the user's answer.
 *
 * Why not "only count sends the user started with a trusted Enter or click": a reply typed on the phone
 * shows up in WhatsApp Web as an outgoing message with no event on this page, and it is an answer.
 *
 * An announced send that has not shown yet stays open until the chat on screen changes (then the next
 * look at the chat only records what is there), so a reply that shows late is still Zettel's. The price
 * of a send that never shows: the user's next message in that chat is not taken as an answer either —
 * a flag stays, it is never cleared wrongly.
 */
import type { ChatKey } from '../../utils/chat-key.ts';
import type { MessageSnapshot } from '../../utils/whatsapp/messages.ts';

interface AnnouncedSend {
  chatKey: ChatKey;
  /** Message ids the chat showed just before the press. */
  before: ReadonlySet<string>;
  /** The outgoing message it became, once seen. */
  messageId: string | null;
}

/** Zettel's messages by chat, newest last (capped: only the open chat's recent messages matter). */
const KNOWN_LIMIT = 200;
const known: Array<{ chatKey: ChatKey; messageId: string }> = [];
let open: AnnouncedSend[] = [];

export interface ZettelSend {
  /** The outgoing message this send became, if it has shown in `messages` (the chat's current list). */
  match(messages: readonly MessageSnapshot[]): MessageSnapshot | null;
  /** The chat on screen is no longer the one sent to: stop waiting for the message. */
  end(): void;
}

function remember(chatKey: ChatKey, messageId: string): void {
  known.push({ chatKey, messageId });
  if (known.length > KNOWN_LIMIT) known.shift();
}

/** The first outgoing message not shown before the press; binds the send to it. */
function bind(send: AnnouncedSend, messages: readonly MessageSnapshot[]): MessageSnapshot | null {
  if (send.messageId !== null) return messages.find((message) => message.id === send.messageId) ?? null;
  const fresh = messages.find((message) => message.direction === 'out' && !send.before.has(message.id) && !isKnown(send.chatKey, message.id));
  if (!fresh) return null;
  send.messageId = fresh.id;
  remember(send.chatKey, fresh.id);
  open = open.filter((other) => other !== send);
  return fresh;
}

function isKnown(chatKey: ChatKey, messageId: string): boolean {
  return known.some((entry) => entry.chatKey === chatKey && entry.messageId === messageId);
}

/** Call right before pressing send in `chatKey`, with the messages the chat shows now. */
export function announceZettelSend(chatKey: ChatKey, shownBefore: readonly MessageSnapshot[]): ZettelSend {
  const send: AnnouncedSend = { chatKey, before: new Set(shownBefore.map((message) => message.id)), messageId: null };
  open.push(send);
  return {
    match: (messages) => bind(send, messages),
    end: () => void (open = open.filter((other) => other !== send)),
  };
}

/**
 * Whether this outgoing message of the chat's current list was sent by Zettel. A message that a still
 * open announcement would bind to is Zettel's (and is bound now, so both readers agree).
 */
export function isZettelSend(chatKey: ChatKey, message: MessageSnapshot, messages: readonly MessageSnapshot[]): boolean {
  if (isKnown(chatKey, message.id)) return true;
  for (const send of open.filter((candidate) => candidate.chatKey === chatKey)) {
    if (bind(send, messages)?.id === message.id) return true;
  }
  return false;
}

/** Forget everything (unit tests; a fresh content script starts empty anyway). */
export function resetZettelSends(): void {
  known.length = 0;
  open = [];
}
