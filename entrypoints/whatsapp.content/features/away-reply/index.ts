/**
 * Away replies in the open chat (issue 11). When a new message arrives in a one-to-one chat while the
 * firm is closed:
 * - by default, a one-click suggestion inserts the away text into the compose box (the user sends);
 * - with the opt-in automatic reply (confirmed text, off by default), the text is sent through the
 *   compose box and the send button, verified by a new outgoing message appearing, at most once per
 *   chat per closed period and N per hour. The log entry is written as pending and committed before
 *   anything is typed (logAwayReply), then settled as sent or failed; every entry counts in the limits,
 *   so a reload, a closed chat or a failed check never leads to a second reply.
 * Only the open chat is answered: Zettel never opens other chats by itself (docs/hours.md, "Automatic
 * away replies": why).
 */
import {
  closedPeriodId,
  decideAwayAction,
  renderAwayText,
  statusAt,
  awayWords,
  type AwayAction,
  type AwayReplyLogEntry,
  type OpeningHours,
} from '../../../../utils/hours/index.ts';
import { uiLanguage } from '../../../../utils/i18n.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import { chatKind } from '../../../../utils/whatsapp/chat-kind.ts';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { atHoursTime, hoursNow, onHoursClockChange } from '../hours-status/clock.ts';
import { watchHours, type LiveHours } from '../hours-status/live-hours.ts';
import { ensureHoursStyle } from '../hours-status/styles.ts';
import { awayLogEntries } from './log-entries.ts';
import { watchIncoming, type IncomingEvent } from './incoming.ts';
import { sendInOpenChat, type SendOutcome } from './send.ts';
import { hideSuggestion, showSuggestion } from './suggestion.ts';

const HOUR_MS = 60 * 60 * 1000;
const INDEFINITE_LOOKBACK_MS = 400 * 24 * HOUR_MS;

export interface AwayDecisionRecord {
  chatKey: string;
  action: AwayAction['kind'];
  reason: string;
  outcome?: SendOutcome;
  /** For an outcome other than 'sent': what the page showed last. */
  detail?: string;
}

/** The settings as the running feature last received them (for the test bridge: a sync point). */
export const awayLiveState: { autoReplyEnabled: boolean | null } = { autoReplyEnabled: null };

/** What the feature decided, newest last (for the test bridge; capped). */
export const recentAwayDecisions: AwayDecisionRecord[] = [];

function remember(record: AwayDecisionRecord): void {
  recentAwayDecisions.push(record);
  if (recentAwayDecisions.length > 100) recentAwayDecisions.shift();
}

/** Where to look back in the log: the start of this closed period, and at least an hour. */
function logSince(periodId: string, now: number): number {
  const periodStart = Date.parse(periodId);
  return Math.min(Number.isNaN(periodStart) ? now - INDEFINITE_LOOKBACK_MS : periodStart, now - HOUR_MS);
}

function start(ctx: FeatureContext): void {
  const locale = uiLanguage();
  const words = awayWords(ctx.t);
  const client = getDataClient();
  ensureHoursStyle();
  let live: LiveHours | null = null;
  // One message at a time, in arrival order: a message that comes in while a reply is being sent
  // (in this chat or the next one the user opens) waits its turn instead of being dropped.
  let queue: Promise<void> = Promise.resolve();

  const rendered = (hours: OpeningHours, now: Date) => {
    const status = statusAt(hours, now);
    return renderAwayText(live?.awayText ?? hours.awayText, {
      nextOpening: status.open ? null : status.opensAt,
      locale,
      timeZone: hours.timeZone,
      week: hours.week,
      words,
    });
  };

  const suggest = (hours: OpeningHours) => {
    showSuggestion({
      text: ctx.t('away_suggestion_text'),
      insertLabel: ctx.t('away_suggestion_insert'),
      dismissLabel: ctx.t('away_suggestion_dismiss'),
      anchor: () => ctx.adapter.part('compose-box'),
      onInsert: () => void ctx.adapter.composer.insertText(rendered(hours, hoursNow())),
      signal: ctx.signal,
    });
    // The suggestion is about being closed: it goes when the firm opens.
    const opensAt = statusAt(hours, hoursNow());
    if (!opensAt.open && opensAt.opensAt) atHoursTime(opensAt.opensAt, ctx.guard(() => !statusAt(hours, hoursNow()).open || hideSuggestion()), ctx.signal);
  };

  async function readLog(hours: OpeningHours, periodId: string, now: number): Promise<AwayReplyLogEntry[]> {
    const stored = await client.request('listAwayReplies', { since: logSince(periodId, now) });
    return awayLogEntries(stored, (sentAt) => closedPeriodId(hours, new Date(sentAt)));
  }

  async function onIncoming(event: IncomingEvent): Promise<void> {
    const hours = live?.hours;
    if (!live || !hours) {
      remember({ chatKey: event.chat.key, action: 'none', reason: 'no-settings' });
      return;
    }
    // It waited in the queue and the user has opened another chat since: its compose box is not ours.
    if (ctx.adapter.currentChat()?.key !== event.chat.key) {
      remember({ chatKey: event.chat.key, action: 'none', reason: 'switched' });
      return;
    }
    const now = hoursNow();
    const status = statusAt(hours, now);
    const periodId = status.open ? null : closedPeriodId(hours, now);
    const facts = {
      closed: !status.open,
      periodId,
      kind: chatKind(event.messages, ctx.adapter.part('compose-box'), event.chat.title),
      chatKey: event.chat.key,
      autoReply: live.autoReply,
      awayText: live.awayText,
      realNow: Date.now(),
      now: now.getTime(),
      log: [] as AwayReplyLogEntry[],
    };
    // The log is read only when a reply could go out (auto on, closed, direct chat).
    const wouldSend = decideAwayAction(facts);
    const action = wouldSend.kind === 'send' && periodId ? decideAwayAction({ ...facts, log: await readLog(hours, periodId, now.getTime()) }) : wouldSend;
    if (ctx.signal.aborted) return;
    const reason = 'reason' in action ? action.reason : 'ok';
    if (action.kind === 'none') {
      remember({ chatKey: event.chat.key, action: 'none', reason });
      if (reason === 'open') hideSuggestion();
      return;
    }
    if (action.kind === 'suggest') {
      remember({ chatKey: event.chat.key, action: 'suggest', reason });
      suggest(hours);
      return;
    }
    // Switched off while we looked at the log: stop at once.
    if (!live.autoReply.enabled) return;
    const entry = { id: crypto.randomUUID(), chatKey: event.chat.key, sentAt: now.getTime(), periodId: action.periodId, status: 'pending' as const };
    hideSuggestion();
    let claimed = false;
    // Claimed (committed) before anything is typed: whatever happens next — a reload, a crash, a
    // failed check — this chat gets no second reply in this period, and the hourly cap sees it.
    const claim = async () => {
      await client.request('logAwayReply', entry);
      claimed = true;
    };
    const { outcome, detail, touched } = await sendInOpenChat(ctx.adapter, event.chat.key, rendered(hours, now), ctx.signal, claim);
    remember({ chatKey: event.chat.key, action: 'send', reason, outcome, ...(detail ? { detail } : {}) });
    if (outcome === 'sent' || outcome === 'sent-left-chat') {
      await client.request('settleAwayReply', { id: entry.id, status: 'sent' });
      return;
    }
    ctx.log.warn('away reply not sent:', outcome, detail ?? '');
    if (touched) {
      // The text reached the compose box: it may go out yet (or have gone). Failed, but still counted.
      if (claimed) await client.request('settleAwayReply', { id: entry.id, status: 'failed' });
      return;
    }
    // Nothing reached the compose box: free the claim, and offer the suggestion while the chat is open.
    if (claimed) await client.request('withdrawAwayReply', { id: entry.id });
    if (outcome !== 'switched') suggest(hours);
  }

  watchHours(
    locale,
    ctx.signal,
    (next) => {
      live = next;
      awayLiveState.autoReplyEnabled = next.autoReply.enabled;
      if (!next.hours || statusAt(next.hours, hoursNow()).open) hideSuggestion();
    },
    (error) => ctx.log.warn('settings', error),
  );
  onHoursClockChange(() => {
    if (live?.hours && statusAt(live.hours, hoursNow()).open) hideSuggestion();
  }, ctx.signal);
  watchIncoming(
    ctx.adapter,
    ctx.signal,
    (event) => {
      queue = queue.then(() => onIncoming(event)).catch((error: unknown) => ctx.log.error('away reply', error));
    },
    hideSuggestion,
    // The user answered (or our reply went out): the suggestion has done its job.
    hideSuggestion,
  );
  ctx.signal.addEventListener(
    'abort',
    () => {
      hideSuggestion();
      awayLiveState.autoReplyEnabled = null;
    },
    { once: true },
  );
}

export default defineFeature({
  id: 'away-reply',
  needs: ['messages', 'compose-box'],
  start,
});
