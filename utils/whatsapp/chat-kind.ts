/**
 * Is the open chat a one-to-one chat or a group? The away reply must never go to a group, so this
 * answers 'direct' only on positive evidence and 'unknown' when the page gives none.
 *
 * Evidence, strongest first (whatsapp-dom.md §3, A.2, A.6):
 * - full-form message ids (legacy builds): the chat JID ends in `@g.us` (group) or `@c.us`/`@lid`, or
 *   a participant suffix is present (group);
 * - an incoming bubble with an author label (`span[aria-label="Name:"]`, `[data-testid="author"]`)
 *   outside a quoted preview: only groups name the sender (group);
 * - the compose box's label "Type a message to group …" / "Nachricht an Gruppe … eingeben" (group);
 * - an incoming bubble that starts a run (it has the incoming tail) without an author label: in a
 *   group the first bubble of a run always names its author (direct).
 */
import type { MessageSnapshot } from './messages.ts';
import { QUOTED_SELECTOR, TAIL_IN_SELECTOR } from './selectors.ts';

export type ChatKind = 'direct' | 'group' | 'unknown';

const AUTHOR_SELECTOR = 'span[aria-label$=":"], [data-testid="author"]';
const TAIL_IN_ANY_SELECTOR = `${TAIL_IN_SELECTOR}, [data-icon="wds-tail-in"]`;
/** "group"/"Gruppe" as a word of the composer's label once the chat's own title is taken out. */
const GROUP_WORD = /(^|\s)(group|gruppe|grupo|gruppo|groupe)(\s|$)/i;

/** An element of the message itself, not of a quoted message inside it. */
function ownMatch(message: MessageSnapshot, selector: string): boolean {
  for (const element of message.element.querySelectorAll(selector)) {
    if (!element.closest(QUOTED_SELECTOR)) return true;
  }
  return false;
}

export function chatKind(messages: readonly MessageSnapshot[], composeBox: Element | null, title: string | null): ChatKind {
  for (const message of messages) {
    if (message.chatJid?.endsWith('@g.us') || message.participant) return 'group';
  }
  const incoming = messages.filter((message) => message.direction === 'in' && !message.virtualized);
  if (incoming.some((message) => ownMatch(message, AUTHOR_SELECTOR))) return 'group';
  const label = composeBox?.getAttribute('aria-label') ?? '';
  if (label && GROUP_WORD.test(title ? label.split(title).join(' ') : label)) return 'group';
  if (messages.some((message) => message.chatJid && /@(c\.us|lid|s\.whatsapp\.net)$/.test(message.chatJid))) return 'direct';
  if (incoming.some((message) => ownMatch(message, TAIL_IN_ANY_SELECTOR))) return 'direct';
  return 'unknown';
}
