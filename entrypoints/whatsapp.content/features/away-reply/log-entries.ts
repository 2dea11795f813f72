/**
 * The stored away-reply log as the limits read it (utils/hours/rate-limit.ts): every entry counts —
 * pending (claimed, perhaps sending right now or interrupted by a reload), sent and failed (it may have
 * gone out). An entry's closed period is the one stored with it; older entries, which stored none, get it
 * recomputed from their time.
 */
import type { AwayReplyLogEntry } from '../../../../utils/hours/index.ts';
import type { AwayReplyRecord } from '../../../../utils/messaging/protocol.ts';

export function awayLogEntries(stored: readonly AwayReplyRecord[], periodAt: (sentAt: number) => string | null): AwayReplyLogEntry[] {
  return stored.map((entry) => ({
    chatKey: entry.chatKey,
    sentAt: entry.sentAt,
    periodId: entry.periodId ?? periodAt(entry.sentAt) ?? 'open',
    status: entry.status ?? 'sent',
  }));
}
