import { describe, expect, it } from 'vitest';
import {
  INDEFINITE_CLOSED_PERIOD,
  SEARCH_HORIZON_DAYS,
  closedPeriodId,
  nextChange,
  nextDisplayUpdate,
  statusAt,
  type HoursStatus,
} from '../../../utils/hours';
import { at, emptyWeek, hoursWith, weekWith } from './fixtures';

const iso = (date: Date | null) => date?.toISOString() ?? null;

function expectOpen(status: HoursStatus, until: string | null) {
  expect(status.open).toBe(true);
  if (status.open) expect(iso(status.until)).toBe(until === null ? null : at(until).toISOString());
}

function expectClosed(status: HoursStatus, opensAt: string | null, reason: string = 'outside-hours') {
  expect(status.open).toBe(false);
  if (!status.open) {
    expect(status.reason).toBe(reason);
    expect(iso(status.opensAt)).toBe(opensAt === null ? null : at(opensAt).toISOString());
  }
}

describe('a normal week with a lunch break (Europe/Berlin)', () => {
  const hours = hoursWith();

  it('is open in the morning until the lunch break', () => {
    expectOpen(statusAt(hours, at('2026-05-12T09:00:00+02:00')), '2026-05-12T12:00:00+02:00');
  });

  it('is closed over lunch and opens again at 13:00', () => {
    expectClosed(statusAt(hours, at('2026-05-12T12:30:00+02:00')), '2026-05-12T13:00:00+02:00');
  });

  it('treats the opening minute as open and the closing minute as closed', () => {
    expectOpen(statusAt(hours, at('2026-05-12T07:00:00+02:00')), '2026-05-12T12:00:00+02:00');
    expectClosed(statusAt(hours, at('2026-05-12T17:00:00+02:00')), '2026-05-13T07:00:00+02:00');
  });

  it('opens on Monday after the weekend', () => {
    expectClosed(statusAt(hours, at('2026-05-15T17:30:00+02:00')), '2026-05-18T07:00:00+02:00');
    expectClosed(statusAt(hours, at('2026-05-17T23:59:00+02:00')), '2026-05-18T07:00:00+02:00');
  });

  it('reports the next change for a single timer', () => {
    expect(iso(nextChange(hours, at('2026-05-12T09:00:00+02:00')))).toBe(at('2026-05-12T12:00:00+02:00').toISOString());
    expect(iso(nextChange(hours, at('2026-05-12T12:00:00+02:00')))).toBe(at('2026-05-12T13:00:00+02:00').toISOString());
  });
});

describe('daylight saving time in Europe/Berlin, 2026', () => {
  const nightHours = hoursWith({ week: weekWith({ sun: [{ start: '01:00', end: '04:00' }] }) });

  it('spring forward (29 March): 01:00–04:00 lasts two real hours', () => {
    const sunday = '2026-03-29';
    expectClosed(statusAt(nightHours, at(`${sunday}T00:59:00+01:00`)), `${sunday}T01:00:00+01:00`);
    expectOpen(statusAt(nightHours, at(`${sunday}T01:30:00+01:00`)), `${sunday}T04:00:00+02:00`);
    // 01:59 CET is followed by 03:00 CEST.
    expectOpen(statusAt(nightHours, at(`${sunday}T03:30:00+02:00`)), `${sunday}T04:00:00+02:00`);
    expect(at(`${sunday}T04:00:00+02:00`).getTime() - at(`${sunday}T01:00:00+01:00`).getTime()).toBe(2 * 3600_000);
    expectClosed(statusAt(nightHours, at(`${sunday}T04:00:00+02:00`)), '2026-03-30T07:00:00+02:00');
  });

  it('fall back (25 October): 01:00–04:00 lasts four real hours, open in both 02:30s', () => {
    const sunday = '2026-10-25';
    expectOpen(statusAt(nightHours, at(`${sunday}T01:00:00+02:00`)), `${sunday}T04:00:00+01:00`);
    expectOpen(statusAt(nightHours, at(`${sunday}T02:30:00+02:00`)), `${sunday}T04:00:00+01:00`);
    expectOpen(statusAt(nightHours, at(`${sunday}T02:30:00+01:00`)), `${sunday}T04:00:00+01:00`);
    expectClosed(statusAt(nightHours, at(`${sunday}T04:00:00+01:00`)), '2026-10-26T07:00:00+01:00');
  });

  it('opens at 7:00 local time on the Monday after each switch', () => {
    const hours = hoursWith();
    expectClosed(statusAt(hours, at('2026-03-27T18:00:00+01:00')), '2026-03-30T07:00:00+02:00');
    expectClosed(statusAt(hours, at('2026-03-29T12:00:00+02:00')), '2026-03-30T07:00:00+02:00');
    expectClosed(statusAt(hours, at('2026-10-23T18:00:00+02:00')), '2026-10-26T07:00:00+01:00');
    expectClosed(statusAt(hours, at('2026-10-25T12:00:00+01:00')), '2026-10-26T07:00:00+01:00');
    expect(at('2026-03-30T07:00:00+02:00').toISOString()).toBe('2026-03-30T05:00:00.000Z');
    expect(at('2026-10-26T07:00:00+01:00').toISOString()).toBe('2026-10-26T06:00:00.000Z');
  });

  it('a time in the skipped hour moves forward by the gap; a repeated time is taken the first time', () => {
    const spring = hoursWith({ week: weekWith({ sun: [{ start: '02:30', end: '05:00' }] }) });
    expectClosed(statusAt(spring, at('2026-03-29T03:00:00+02:00')), '2026-03-29T03:30:00+02:00');
    // 02:30 CEST (first) to 03:30 CET: two real hours.
    const autumn = hoursWith({ week: weekWith({ sun: [{ start: '02:30', end: '03:30' }] }) });
    expectClosed(statusAt(autumn, at('2026-10-25T02:15:00+02:00')), '2026-10-25T02:30:00+02:00');
    expectOpen(statusAt(autumn, at('2026-10-25T02:45:00+02:00')), '2026-10-25T03:30:00+01:00');
    expectOpen(statusAt(autumn, at('2026-10-25T02:45:00+01:00')), '2026-10-25T03:30:00+01:00');
    // Closing at a repeated time closes the first time round.
    const closesTwice = hoursWith({ week: weekWith({ sun: [{ start: '01:00', end: '02:30' }] }) });
    expectClosed(statusAt(closesTwice, at('2026-10-25T02:45:00+02:00')), '2026-10-26T07:00:00+01:00');
  });

  it('an interval inside the skipped hour is never open', () => {
    const hours = hoursWith({ week: weekWith({ sun: [{ start: '02:00', end: '03:00' }] }) });
    expect(statusAt(hours, at('2026-03-29T01:59:00+01:00')).open).toBe(false);
    expect(statusAt(hours, at('2026-03-29T03:00:00+02:00')).open).toBe(false);
  });
});

describe('intervals past midnight', () => {
  // Wednesday night shift; Thursday 2026-06-04 is Corpus Christi in Bavaria.
  const nightShift = hoursWith({
    federalState: 'BY',
    week: weekWith({ wed: [{ start: '22:00', end: '02:00' }], thu: [{ start: '22:00', end: '02:00' }] }),
  });

  it('is still open at 01:00 the next morning', () => {
    expectOpen(statusAt(nightShift, at('2026-06-03T22:00:00+02:00')), '2026-06-04T02:00:00+02:00');
    expectOpen(statusAt(nightShift, at('2026-06-04T01:00:00+02:00')), '2026-06-04T02:00:00+02:00');
  });

  it('belongs to the day it starts on: runs into a holiday, but not out of one', () => {
    // Started on a normal Wednesday: runs into the holiday.
    expect(statusAt(nightShift, at('2026-06-04T01:59:00+02:00')).open).toBe(true);
    // Would start on the holiday: dropped entirely, also its part after midnight on Friday.
    expectClosed(statusAt(nightShift, at('2026-06-04T23:00:00+02:00')), '2026-06-05T07:00:00+02:00', 'public-holiday');
    expectClosed(statusAt(nightShift, at('2026-06-05T01:00:00+02:00')), '2026-06-05T07:00:00+02:00');
  });

  it('joins intervals that touch at midnight into one open stretch', () => {
    const hours = hoursWith({
      week: weekWith({ mon: [{ start: '22:00', end: '00:00' }], tue: [{ start: '00:00', end: '06:00' }] }),
    });
    expectOpen(statusAt(hours, at('2026-05-11T23:00:00+02:00')), '2026-05-12T06:00:00+02:00');
  });

  it('"00:00–00:00" is the whole day; a week of them never closes without holidays', () => {
    const allDay = [{ start: '00:00', end: '00:00' }];
    const week = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
    expectOpen(statusAt(hoursWith({ week }), at('2026-05-12T03:00:00+02:00')), null);
    // With Bavarian holidays it closes at the start of the next one (Corpus Christi).
    expectOpen(statusAt(hoursWith({ week, federalState: 'BY' }), at('2026-05-27T03:00:00+02:00')), '2026-06-04T00:00:00+02:00');
  });
});

describe('public holidays per federal state', () => {
  it('Corpus Christi (4 June 2026) closes Bavaria but not Berlin', () => {
    const thursday = at('2026-06-04T10:00:00+02:00');
    const bavaria = statusAt(hoursWith({ federalState: 'BY' }), thursday);
    expectClosed(bavaria, '2026-06-05T07:00:00+02:00', 'public-holiday');
    if (!bavaria.open) {
      expect(bavaria.holidayName).toBe('Fronleichnam');
      expect(bavaria.holidayId).toBe('FRONLEICHNAM');
    }
    expectOpen(statusAt(hoursWith({ federalState: 'BE' }), thursday), '2026-06-04T12:00:00+02:00');
  });

  it('Reformation Day (31 October) closes Saxony but not Bavaria', () => {
    // 31 October 2026 is a Saturday; this firm works Saturday mornings.
    const week = weekWith({ sat: [{ start: '08:00', end: '12:00' }] });
    const saturday = at('2026-10-31T09:00:00+01:00');
    const saxony = statusAt(hoursWith({ week, federalState: 'SN' }), saturday);
    expectClosed(saxony, '2026-11-02T07:00:00+01:00', 'public-holiday');
    if (!saxony.open) expect(saxony.holidayName).toBe('Reformationstag');
    expectOpen(statusAt(hoursWith({ week, federalState: 'BY' }), saturday), '2026-10-31T12:00:00+01:00');
  });

  it('Christmas closes every state; without a state no public holiday applies', () => {
    const christmas = at('2026-12-25T10:00:00+01:00');
    for (const state of ['BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const) {
      // 26 December is a holiday too, then the weekend.
      expectClosed(statusAt(hoursWith({ federalState: state }), christmas), '2026-12-28T07:00:00+01:00', 'public-holiday');
    }
    expect(statusAt(hoursWith({ federalState: null }), christmas).open).toBe(true);
  });

  it('names the holiday even when the firm would be closed anyway', () => {
    const status = statusAt(hoursWith({ federalState: 'BE' }), at('2026-12-26T10:00:00+01:00'));
    expect(status.open === false && status.reason).toBe('public-holiday');
  });
});

describe('company holidays', () => {
  const hours = hoursWith({
    federalState: 'NW',
    companyHolidays: [{ from: '2026-12-24', to: '2027-01-06', label: 'Betriebsferien' }],
  });

  it('are inclusive at both ends, across the change of year', () => {
    expectClosed(statusAt(hours, at('2026-12-24T00:00:00+01:00')), '2027-01-07T07:00:00+01:00', 'company-holiday');
    expectClosed(statusAt(hours, at('2026-12-31T10:00:00+01:00')), '2027-01-07T07:00:00+01:00', 'company-holiday');
    expectClosed(statusAt(hours, at('2027-01-06T16:00:00+01:00')), '2027-01-07T07:00:00+01:00', 'company-holiday');
    expectOpen(statusAt(hours, at('2027-01-07T07:00:00+01:00')), '2027-01-07T12:00:00+01:00');
    expectOpen(statusAt(hours, at('2026-12-23T16:59:00+01:00')), '2026-12-23T17:00:00+01:00');
  });

  it('are one closed period from the last evening before them to the first morning after', () => {
    const before = closedPeriodId(hours, at('2026-12-23T18:00:00+01:00'));
    expect(before).toBe(at('2026-12-23T17:00:00+01:00').toISOString());
    expect(closedPeriodId(hours, at('2027-01-01T12:00:00+01:00'))).toBe(before);
    expect(closedPeriodId(hours, at('2027-01-07T06:59:00+01:00'))).toBe(before);
  });

  it('win over public holidays falling into them and carry their label', () => {
    const status = statusAt(hours, at('2026-12-25T10:00:00+01:00'));
    expect(status).toMatchObject({ open: false, reason: 'company-holiday', holidayName: 'Betriebsferien' });
  });

  it('without a label carry no holiday name', () => {
    const status = statusAt(hoursWith({ companyHolidays: [{ from: '2026-08-03', to: '2026-08-14' }] }), at('2026-08-05T10:00:00+02:00'));
    expect(status).toMatchObject({ open: false, reason: 'company-holiday' });
    expect(status.open === false && status.holidayName).toBeUndefined();
  });

  it('a single-day company holiday closes exactly that day', () => {
    const single = hoursWith({ companyHolidays: [{ from: '2026-05-13', to: '2026-05-13' }] });
    expectClosed(statusAt(single, at('2026-05-12T17:30:00+02:00')), '2026-05-14T07:00:00+02:00');
    expect(statusAt(single, at('2026-05-13T09:00:00+02:00')).open).toBe(false);
  });
});

describe('an empty week', () => {
  const hours = hoursWith({ week: emptyWeek(), federalState: 'BY' });

  it('never opens, within a bounded search', () => {
    const started = performance.now();
    const status = statusAt(hours, at('2026-05-12T09:00:00+02:00'));
    expectClosed(status, null, 'no-hours');
    expect(nextChange(hours, at('2026-05-12T09:00:00+02:00'))).toBeNull();
    expect(closedPeriodId(hours, at('2026-05-12T09:00:00+02:00'))).toBe(INDEFINITE_CLOSED_PERIOD);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('company holidays longer than the horizon also give no opening', () => {
    const longBreak = hoursWith({ companyHolidays: [{ from: '2026-01-01', to: '2028-12-31', label: 'Sabbatical' }] });
    expect(SEARCH_HORIZON_DAYS).toBeGreaterThanOrEqual(366);
    expectClosed(statusAt(longBreak, at('2026-05-12T09:00:00+02:00')), null, 'company-holiday');
  });
});

describe('another time zone', () => {
  // A firm in New York: the US switches to summer time on 8 March 2026, Europe only on 29 March.
  const newYork = hoursWith({
    timeZone: 'America/New_York',
    week: weekWith({
      mon: [{ start: '09:00', end: '17:00' }],
      tue: [{ start: '09:00', end: '17:00' }],
      fri: [{ start: '09:00', end: '17:00' }],
    }),
  });

  it('reads the wall clock of the configured zone, across its own DST switch', () => {
    expectClosed(statusAt(newYork, at('2026-03-06T18:00:00-05:00')), '2026-03-09T09:00:00-04:00');
    expectOpen(statusAt(newYork, at('2026-03-09T09:30:00-04:00')), '2026-03-09T17:00:00-04:00');
    // Berlin and New York are five hours apart until Europe switches too: 13:00 in Berlin is
    // 08:00 in New York (closed), 21:30 in Berlin is 16:30 there (open).
    expect(statusAt(newYork, at('2026-03-10T13:00:00+01:00')).open).toBe(false);
    expect(statusAt(newYork, at('2026-03-13T21:30:00+01:00')).open).toBe(true);
    expect(statusAt(newYork, at('2026-03-13T22:30:00+01:00')).open).toBe(false);
  });

  it('applies the federal state holidays to the calendar days of the configured zone', () => {
    const status = statusAt({ ...newYork, federalState: 'BE' }, at('2026-12-25T10:00:00-05:00'));
    expect(status).toMatchObject({ open: false, reason: 'public-holiday' });
  });
});

describe('closed periods', () => {
  const hours = hoursWith({ federalState: 'BY' });

  it('are null while open', () => {
    expect(closedPeriodId(hours, at('2026-05-12T09:00:00+02:00'))).toBeNull();
  });

  it('are identified by when the firm last closed', () => {
    expect(closedPeriodId(hours, at('2026-05-12T12:30:00+02:00'))).toBe(at('2026-05-12T12:00:00+02:00').toISOString());
  });

  it('stay the same across a whole weekend and change with the next closing', () => {
    const friday = closedPeriodId(hours, at('2026-05-15T17:00:00+02:00'));
    expect(friday).toBe(at('2026-05-15T17:00:00+02:00').toISOString());
    expect(closedPeriodId(hours, at('2026-05-16T10:00:00+02:00'))).toBe(friday);
    expect(closedPeriodId(hours, at('2026-05-18T06:59:00+02:00'))).toBe(friday);
    expect(closedPeriodId(hours, at('2026-05-18T12:00:00+02:00'))).not.toBe(friday);
  });

  it('span a public holiday: Wednesday evening to Friday morning is one period', () => {
    const wednesday = closedPeriodId(hours, at('2026-06-03T18:00:00+02:00'));
    expect(closedPeriodId(hours, at('2026-06-04T10:00:00+02:00'))).toBe(wednesday);
    expect(closedPeriodId(hours, at('2026-06-05T06:00:00+02:00'))).toBe(wednesday);
  });

  it('end after a past-midnight interval at its real end', () => {
    const night = hoursWith({ week: weekWith({ fri: [{ start: '20:00', end: '02:00' }] }) });
    expect(closedPeriodId(night, at('2026-05-16T10:00:00+02:00'))).toBe(at('2026-05-16T02:00:00+02:00').toISOString());
  });
});

describe('display updates', () => {
  const hours = hoursWith();

  it('never-changing states give no next change, but the display still updates at midnight', () => {
    const allDay = [{ start: '00:00', end: '00:00' }];
    const always = hoursWith({ week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
    expect(nextChange(always, at('2026-05-12T09:00:00+02:00'))).toBeNull();
    expect(nextChange(hoursWith({ week: emptyWeek() }), at('2026-05-12T09:00:00+02:00'))).toBeNull();
    expect(nextDisplayUpdate(always, at('2026-05-12T09:00:00+02:00')).toISOString()).toBe(at('2026-05-13T00:00:00+02:00').toISOString());
  });

  it('come at the next flip when that is before midnight', () => {
    expect(nextDisplayUpdate(hours, at('2026-05-12T09:00:00+02:00')).toISOString()).toBe(at('2026-05-12T12:00:00+02:00').toISOString());
  });

  it('come at midnight in the firm’s zone when closed overnight ("tomorrow" becomes "today")', () => {
    expect(nextDisplayUpdate(hours, at('2026-05-12T18:00:00+02:00')).toISOString()).toBe(at('2026-05-13T00:00:00+02:00').toISOString());
    expect(nextDisplayUpdate(hours, at('2026-10-24T18:00:00+02:00')).toISOString()).toBe(at('2026-10-25T00:00:00+02:00').toISOString());
  });
});
