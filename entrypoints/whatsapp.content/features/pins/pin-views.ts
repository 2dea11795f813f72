/**
 * What each pin in the bar shows, derived from the data the page holds: the chat's name (from its
 * title key, or the title remembered for its JID), its flag and labels under any of its keys, and
 * WhatsApp's unread count as its row last showed it.
 */
import { chatKeyFromTitle, jidOf, type ChatKey } from '../../../../utils/chat-key.ts';
import type { FlagRecord, LabelRecord } from '../../../../utils/messaging/protocol.ts';
import { chatKeyCandidates, flagOf, labelsOf, type ChatMarksData } from '../chat-marks/live-data.ts';

export interface PinView {
  key: ChatKey;
  title: string;
  flag: FlagRecord | null;
  labels: LabelRecord[];
  unread: number | null;
  /** The chat open in WhatsApp right now. */
  current: boolean;
}

/** `jid:` key → its remembered title (the inverse of the marks data's title → JID map). */
export function titlesByJid(marks: ChatMarksData): Map<ChatKey, string> {
  const titles = new Map<ChatKey, string>();
  for (const [titleKey, jidKey] of marks.jidByTitleKey) titles.set(jidKey, titleKey.slice('title:'.length));
  return titles;
}

/** The name to show and search for; a JID without a remembered title shows its number. */
export function pinTitle(key: ChatKey, titles: ReadonlyMap<ChatKey, string>): string {
  if (key.startsWith('title:')) return key.slice('title:'.length);
  return titles.get(key) ?? (jidOf(key) ?? key).replace(/@.*$/, '');
}

export function sameChat(title: string, other: string | null | undefined): boolean {
  if (!other || !other.trim() || !title.trim()) return false;
  return chatKeyFromTitle(title) === chatKeyFromTitle(other);
}

export function pinViews(
  keys: readonly ChatKey[],
  marks: ChatMarksData,
  unreadOf: (title: string) => number | null,
  current: { key: ChatKey; title: string } | null,
): PinView[] {
  const titles = titlesByJid(marks);
  return keys.map((key) => {
    const title = pinTitle(key, titles);
    const candidates = chatKeyCandidates(key, title, marks);
    return {
      key,
      title,
      flag: flagOf(candidates, marks),
      labels: labelsOf(candidates, marks),
      unread: unreadOf(title),
      current: current !== null && (candidates.includes(current.key) || sameChat(title, current.title)),
    };
  });
}
