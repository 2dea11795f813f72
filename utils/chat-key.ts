/**
 * How Zettel names a chat everywhere (database, messaging, adapter). DESIGN §3: the most stable id
 * available — the chat JID once known, the display title until then. A title-keyed record is merged
 * into its JID-keyed record as soon as both are seen together (an opened chat ties them).
 */
export type ChatKey = `jid:${string}` | `title:${string}`;

const JID_PATTERN = /^[0-9A-Za-z.-]+@(?:c\.us|g\.us|lid|s\.whatsapp\.net|newsletter|broadcast)$/;

export function isJid(value: string): boolean {
  return JID_PATTERN.test(value);
}

export function chatKeyFromJid(jid: string): ChatKey {
  if (!isJid(jid)) throw new Error(`not a WhatsApp chat id: ${JSON.stringify(jid)}`);
  return `jid:${jid}`;
}

/** Titles are user-visible names; whitespace is normalised so a re-render's spacing cannot split a chat. */
export function chatKeyFromTitle(title: string): ChatKey {
  const normalised = title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!normalised) throw new Error('a chat title must not be empty');
  return `title:${normalised}`;
}

export function isChatKey(value: unknown): value is ChatKey {
  if (typeof value !== 'string') return false;
  if (value.startsWith('jid:')) return isJid(value.slice(4));
  return value.startsWith('title:') && value.length > 6;
}

export function jidOf(key: ChatKey): string | null {
  return key.startsWith('jid:') ? key.slice(4) : null;
}
