import { describe, expect, it } from 'vitest';
import { closedPeriodId, decideAwayAction, statusAt, type AwayFacts } from '../../../utils/hours';
import { at, hoursWith } from './fixtures';

const hours = hoursWith({ federalState: 'BY' });
const TEXT = 'Wir sind ab {Wieder da} wieder da.';
const evening = at('2026-05-12T18:00:00+02:00');
const enabledAt = Date.UTC(2026, 0, 1);

function facts(overrides: Partial<AwayFacts> = {}, instant = evening): AwayFacts {
  const status = statusAt(hours, instant);
  return {
    closed: !status.open,
    periodId: closedPeriodId(hours, instant),
    kind: 'direct',
    chatKey: 'title:Anna',
    autoReply: { enabled: true, confirmedText: TEXT, enabledAt, maxPerHour: 2 },
    awayText: TEXT,
    realNow: enabledAt + 1000,
    now: instant.getTime(),
    log: [],
    ...overrides,
  };
}

describe('decideAwayAction', () => {
  it('does nothing while open', () => {
    expect(decideAwayAction(facts({}, at('2026-05-12T10:00:00+02:00')))).toEqual({ kind: 'none', reason: 'open' });
  });

  it('never answers groups or chats it cannot tell from one, not even with a suggestion', () => {
    expect(decideAwayAction(facts({ kind: 'group' }))).toEqual({ kind: 'none', reason: 'not-direct' });
    expect(decideAwayAction(facts({ kind: 'unknown' }))).toEqual({ kind: 'none', reason: 'not-direct' });
  });

  it('suggests (the safe default) while the automatic reply is off', () => {
    const off = { enabled: false, confirmedText: null, enabledAt: null, maxPerHour: 10 };
    expect(decideAwayAction(facts({ autoReply: off }))).toEqual({ kind: 'suggest', reason: 'auto-off' });
  });

  it('sends once per chat per closed period', () => {
    const first = decideAwayAction(facts());
    expect(first).toEqual({ kind: 'send', periodId: closedPeriodId(hours, evening) });
    const log = [{ chatKey: 'title:Anna', sentAt: evening.getTime(), periodId: closedPeriodId(hours, evening)! }];
    const later = at('2026-05-13T06:30:00+02:00'); // same night
    expect(decideAwayAction(facts({ log }, later))).toEqual({ kind: 'none', reason: 'already-replied-this-period' });
    // Another chat in the same period is fine; the same chat the next evening too.
    expect(decideAwayAction(facts({ log, chatKey: 'title:Bernd' }, later)).kind).toBe('send');
    expect(decideAwayAction(facts({ log }, at('2026-05-13T18:00:00+02:00'))).kind).toBe('send');
  });

  it('honours the hourly limit over all chats and says when a slot frees up', () => {
    const periodId = closedPeriodId(hours, evening)!;
    const log = [
      { chatKey: 'title:A', sentAt: evening.getTime() - 30 * 60_000, periodId },
      { chatKey: 'title:B', sentAt: evening.getTime() - 10 * 60_000, periodId },
    ];
    expect(decideAwayAction(facts({ log }))).toEqual({ kind: 'suggest', reason: 'rate-limit', retryAt: evening.getTime() + 30 * 60_000 });
  });

  it('sends only the confirmed text: an edited text is suggested, not sent', () => {
    expect(decideAwayAction(facts({ awayText: 'Neuer Text {Wieder da}' }))).toEqual({ kind: 'suggest', reason: 'text-not-confirmed' });
  });

  it('ignores messages from before it was switched on (real time, not the firm clock)', () => {
    expect(decideAwayAction(facts({ realNow: enabledAt - 1 }))).toEqual({ kind: 'suggest', reason: 'auto-off' });
  });
});
