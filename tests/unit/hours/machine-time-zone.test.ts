/**
 * The results must not depend on the machine's own zone (the browser's, here process.env.TZ):
 * a firm in Berlin whose laptop is set to New York still opens at 7:00 Berlin time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closedPeriodId, formatStatus, nextDisplayUpdate, renderAwayText, statusAt, DEFAULT_AWAY_TEXT } from '../../../utils/hours';
import { at, chipWords, hoursWith, replyWords, weekWith } from './fixtures';

const bavarian = hoursWith({
  federalState: 'BY',
  week: weekWith({ sun: [{ start: '01:00', end: '04:00' }], wed: [{ start: '22:00', end: '02:00' }] }),
  companyHolidays: [{ from: '2026-12-24', to: '2027-01-06', label: 'Betriebsferien' }],
});

// Times that occur twice when the clocks go back: how they resolve must not follow the machine.
const repeatedHour = hoursWith({ week: weekWith({ sun: [{ start: '02:30', end: '03:30' }] }) });

const cases = [
  ...[
    '2026-03-29T01:30:00+01:00',
    '2026-03-29T12:00:00+02:00',
    '2026-06-03T23:30:00+02:00',
    '2026-06-04T10:00:00+02:00',
    '2026-10-25T02:30:00+01:00',
    '2026-10-25T20:00:00+01:00',
    '2026-12-31T23:30:00+01:00',
    '2027-01-01T00:30:00+01:00',
  ].map((instant) => ({ hours: bavarian, instant: at(instant) })),
  ...['2026-10-25T02:15:00+02:00', '2026-10-25T02:45:00+02:00', '2026-10-25T02:45:00+01:00', '2026-10-25T03:45:00+01:00'].map(
    (instant) => ({ hours: repeatedHour, instant: at(instant) }),
  ),
];

function everything(): unknown[] {
  return cases.map(({ hours, instant }) => {
    const status = statusAt(hours, instant);
    return {
      status: JSON.stringify(status),
      periodId: closedPeriodId(hours, instant),
      refresh: nextDisplayUpdate(hours, instant).toISOString(),
      de: formatStatus(status, instant, 'de', chipWords('de')),
      en: formatStatus(status, instant, 'en', chipWords('en')),
      away: renderAwayText(DEFAULT_AWAY_TEXT.de, {
        nextOpening: status.open ? null : status.opensAt,
        locale: 'de',
        timeZone: hours.timeZone,
        week: hours.week,
        words: replyWords('de'),
      }),
    };
  });
}

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('independence from the machine time zone', () => {
  process.env.TZ = 'Europe/Berlin';
  const baseline = everything();

  it.each(['America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC'])('same results with TZ=%s', (zone) => {
    process.env.TZ = zone;
    // Node applies a changed TZ at once; make sure it really did, or the test proves nothing.
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).not.toBe(-60);
    expect(everything()).toEqual(baseline);
  });
});
