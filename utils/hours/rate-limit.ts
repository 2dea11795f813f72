/**
 * Whether the automatic away reply may go out now: once per chat per closed period, and at most
 * a number of replies per sliding hour across all chats (so a burst of messages, or a bug, cannot
 * turn the account into a spam sender that WhatsApp bans).
 *
 * Every entry counts, whatever its status: a pending one is a reply being sent right now (or one a
 * reload interrupted after it was claimed), a failed one may have gone out all the same. Counting them
 * costs at most one reply too few; not counting them can send a customer the same reply twice.
 */

export interface AwayReplyLogEntry {
  chatKey: string;
  /** Epoch milliseconds. */
  sentAt: number;
  /** closedPeriodId(...) at the time of sending. */
  periodId: string;
  /** Absent: 'sent'. Not read by the limits (all count); carried for callers and the popup. */
  status?: 'pending' | 'sent' | 'failed';
}

export type AwayReplyDecision =
  | { ok: true }
  | { ok: false; reason: 'already-replied-this-period' }
  /** retryAt: when the oldest reply in the window leaves it (epoch ms). */
  | { ok: false; reason: 'rate-limit'; retryAt: number };

export const HOUR_MS = 60 * 60 * 1000;

export function canSendAwayReply(
  log: readonly AwayReplyLogEntry[],
  chatKey: string,
  periodId: string,
  now: number,
  maxPerHour: number,
): AwayReplyDecision {
  if (log.some((entry) => entry.chatKey === chatKey && entry.periodId === periodId)) {
    return { ok: false, reason: 'already-replied-this-period' };
  }
  // Entries from the future (clock moved back) count too: better one reply too few than too many.
  const inWindow = log.filter((entry) => entry.sentAt > now - HOUR_MS).map((entry) => entry.sentAt);
  if (inWindow.length >= Math.max(0, maxPerHour)) {
    const sorted = inWindow.sort((a, b) => a - b);
    // The window frees a slot when enough of the oldest entries have aged out.
    const freeing = sorted[inWindow.length - Math.max(0, maxPerHour)];
    return { ok: false, reason: 'rate-limit', retryAt: (freeing ?? now) + HOUR_MS };
  }
  return { ok: true };
}
