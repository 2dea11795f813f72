/**
 * What a marker stores about its message (issue #6): the normalised id, a plain-text snippet, the
 * sender and the time, read from what the page shows. Message text is untrusted and may be huge: it
 * is only ever handled as a string and clipped here (the data layer clips again).
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { LabelRecord, MarkerRecord } from '../../../../utils/messaging/protocol.ts';
import { parsePrePlainText } from '../../../../utils/whatsapp/pre-plain-text.ts';

/** = LIMITS.snippet / LIMITS.sender of the data layer. */
export const SNIPPET_MAX = 500;
export const SENDER_MAX = 200;

export interface MessageFacts {
  id: string;
  text: string;
  prePlainText: string | null;
  direction: 'in' | 'out' | 'unknown';
}

export interface MarkChoice {
  color: string;
  note: string;
}

export interface MarkInput {
  chatKey: ChatKey;
  messageId: string;
  color: string;
  note: string;
  snippet: string;
  sender: string;
  sentAt: number | null;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** The input of `markMessage` for this message of this chat. `you` names one's own messages without a sender line. */
export function markInput(chat: { key: ChatKey; title: string }, message: MessageFacts, choice: MarkChoice, you: string): MarkInput {
  const parsed = parsePrePlainText(message.prePlainText);
  const fallback = message.direction === 'out' ? you : chat.title;
  return {
    chatKey: chat.key,
    messageId: message.id,
    color: choice.color,
    note: choice.note.trim(),
    snippet: clipText(message.text.replace(/\s+/g, ' ').trim(), SNIPPET_MAX),
    sender: clipText(parsed.sender ?? fallback, SENDER_MAX),
    sentAt: parsed.sentAt,
  };
}

/** A marker's label is known by its color: the first label (in the user's order) of that color. */
export function markerLabel(marker: Pick<MarkerRecord, 'color'>, labels: readonly LabelRecord[]): LabelRecord | null {
  const color = marker.color.toLowerCase();
  return labels.find((label) => label.color.toLowerCase() === color) ?? null;
}

/** The chip's short text: the label's name (or the generic word) and the note. */
export function markerSummary(marker: Pick<MarkerRecord, 'color' | 'note'>, labels: readonly LabelRecord[], marked: string): string {
  const name = markerLabel(marker, labels)?.name ?? marked;
  return marker.note ? `${name} · ${marker.note}` : name;
}

/**
 * The roll-up rule (docs/markers.md): a chat with at least one OPEN marker counts as still to answer.
 * It has waited since its oldest open marker was set.
 */
export function openMarkerRollUp(markers: readonly Pick<MarkerRecord, 'status' | 'createdAt'>[]): { count: number; since: number | null } {
  let count = 0;
  let since: number | null = null;
  for (const marker of markers) {
    if (marker.status !== 'open') continue;
    count += 1;
    if (since === null || marker.createdAt < since) since = marker.createdAt;
  }
  return { count, since };
}
