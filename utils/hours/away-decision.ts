/**
 * What to do about a new incoming message in the open chat: nothing, suggest the away reply (the safe
 * default: the user inserts it and sends it), or send it automatically (opt-in). Pure, so every rule is
 * unit-tested; the feature gathers the facts.
 */
import { canSendAwayReply, type AwayReplyLogEntry } from './rate-limit';

export interface AutoReplySetting {
  enabled: boolean;
  confirmedText: string | null;
  enabledAt: number | null;
  maxPerHour: number;
}

export interface AwayFacts {
  /** The firm is closed now (statusAt(...).open === false). */
  closed: boolean;
  /** closedPeriodId(...) now; null while open. */
  periodId: string | null;
  /** chatKind(...) of the open chat. */
  kind: 'direct' | 'group' | 'unknown';
  chatKey: string;
  autoReply: AutoReplySetting;
  /** The away text that would be sent now (the template, before placeholders are filled). */
  awayText: string;
  /** Real time (ms), for "enabled before this message arrived"; not the firm's clock. */
  realNow: number;
  /** The firm's clock (ms): what the log and the hourly limit count in. */
  now: number;
  log: readonly AwayReplyLogEntry[];
}

export type AwayAction =
  | { kind: 'none'; reason: 'open' | 'not-direct' | 'already-replied-this-period' }
  | { kind: 'send'; periodId: string }
  | { kind: 'suggest'; reason: 'auto-off' | 'text-not-confirmed' | 'rate-limit'; retryAt?: number };

export function decideAwayAction(facts: AwayFacts): AwayAction {
  if (!facts.closed || facts.periodId === null) return { kind: 'none', reason: 'open' };
  // Never groups, and not a chat we cannot tell apart from one.
  if (facts.kind !== 'direct') return { kind: 'none', reason: 'not-direct' };
  const auto = facts.autoReply;
  if (!auto.enabled || auto.enabledAt === null || facts.realNow < auto.enabledAt) return { kind: 'suggest', reason: 'auto-off' };
  // The user confirmed one exact text; a text edited since then is not sent until confirmed again.
  if (auto.confirmedText !== facts.awayText) return { kind: 'suggest', reason: 'text-not-confirmed' };
  const decision = canSendAwayReply(facts.log, facts.chatKey, facts.periodId, facts.now, auto.maxPerHour);
  if (decision.ok) return { kind: 'send', periodId: facts.periodId };
  if (decision.reason === 'already-replied-this-period') return { kind: 'none', reason: 'already-replied-this-period' };
  return { kind: 'suggest', reason: 'rate-limit', retryAt: decision.retryAt };
}
