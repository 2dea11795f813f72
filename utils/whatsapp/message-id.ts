/**
 * Message `data-id` values (whatsapp-dom.md §3.1, A.1-2). Legacy builds write the full message key
 * `true|false_<chatJid>_<msgId>[_<participantJid>]`; current (2026) builds write only the bare `<msgId>`.
 * Both are live at once, so nothing may depend on the full form being there.
 */

export interface ParsedMessageId {
  /** The bare message id: the same in both forms, so markers keyed by it survive a build change. */
  id: string;
  /** From the `true_`/`false_` prefix; null for bare ids. */
  fromMe: boolean | null;
  /** The chat JID, only in the full form. */
  chatJid: string | null;
  /** The group participant, only in the full form of group messages. */
  participant: string | null;
}

const FULL_ID = /^(true|false)_([^_]+@(?:c\.us|g\.us|lid|s\.whatsapp\.net|newsletter|broadcast))_([0-9A-Za-z]+)(?:_(.+))?$/;

/** `id.includes('@') ? id.split('_')[2] : id` (A.1-2), tolerant of unknown shapes. */
export function normaliseMessageId(raw: string): string {
  const value = raw.trim();
  if (!value.includes('@')) return value;
  return value.split('_')[2] ?? value;
}

export function parseMessageId(raw: string): ParsedMessageId {
  const value = raw.trim();
  const full = FULL_ID.exec(value);
  if (full) {
    return { id: full[3] as string, fromMe: full[1] === 'true', chatJid: full[2] as string, participant: full[4] ?? null };
  }
  // A prefix without a recognisable JID still tells the direction.
  const prefix = /^(true|false)_/.exec(value);
  return { id: normaliseMessageId(value), fromMe: prefix ? prefix[1] === 'true' : null, chatJid: null, participant: null };
}

/** The id a wrapper carries: `data-id`, or the suffix of `data-testid="conv-msg-<id>"`. */
export function rawMessageIdOf(wrapper: Element): string | null {
  const dataId = wrapper.getAttribute('data-id');
  if (dataId) return dataId;
  const testid = wrapper.getAttribute('data-testid');
  return testid?.startsWith('conv-msg-') ? testid.slice('conv-msg-'.length) : null;
}
