import { describe, expect, it } from 'vitest';
import { formatStatus, statusAt, type Locale, type OpeningHours } from '../../../utils/hours';
import { at, chipWords, emptyWeek, hoursWith, weekWith } from './fixtures';

function chip(hours: OpeningHours, now: string, locale: Locale): string {
  return formatStatus(statusAt(hours, at(now)), at(now), locale, chipWords(locale));
}

describe('formatStatus', () => {
  const hours = hoursWith({ federalState: 'BY' });

  it('open: the closing time, without "today"', () => {
    expect(chip(hours, '2026-05-12T14:00:00+02:00', 'de')).toBe('Geöffnet bis 17:00');
    expect(chip(hours, '2026-05-12T14:00:00+02:00', 'en')).toBe('Open until 17:00');
  });

  it('closed over lunch: opens today', () => {
    expect(chip(hours, '2026-05-12T12:15:00+02:00', 'de')).toBe('Geschlossen – öffnet heute 13:00');
    expect(chip(hours, '2026-05-12T12:15:00+02:00', 'en')).toBe('Closed — opens today 13:00');
  });

  it('closed in the evening: opens tomorrow', () => {
    expect(chip(hours, '2026-05-12T18:00:00+02:00', 'de')).toBe('Geschlossen – öffnet morgen 7:00');
    expect(chip(hours, '2026-05-12T18:00:00+02:00', 'en')).toBe('Closed — opens tomorrow 7:00');
  });

  it('closed at the weekend: opens on a named weekday', () => {
    expect(chip(hours, '2026-05-15T17:30:00+02:00', 'de')).toBe('Geschlossen – öffnet Mo. 7:00');
    expect(chip(hours, '2026-05-15T17:30:00+02:00', 'en')).toBe('Closed — opens Mon 7:00');
    // Sunday evening: Monday is tomorrow.
    expect(chip(hours, '2026-05-17T20:00:00+02:00', 'de')).toBe('Geschlossen – öffnet morgen 7:00');
  });

  it('closed on a public holiday: names it in the reader’s language', () => {
    expect(chip(hours, '2026-06-04T10:00:00+02:00', 'de')).toBe('Geschlossen (Fronleichnam) – öffnet morgen 7:00');
    expect(chip(hours, '2026-06-04T10:00:00+02:00', 'en')).toBe('Closed (Corpus Christi) — opens tomorrow 7:00');
    // Ascension Day 2026 is a Thursday too.
    expect(chip(hours, '2026-05-14T10:00:00+02:00', 'de')).toBe('Geschlossen (Christi Himmelfahrt) – öffnet morgen 7:00');
  });

  it('closed over a long holiday: shows the date, and the year only when far off', () => {
    const christmas = hoursWith({ companyHolidays: [{ from: '2026-12-24', to: '2027-01-06', label: 'Betriebsferien' }] });
    expect(chip(christmas, '2026-12-28T10:00:00+01:00', 'de')).toBe('Geschlossen (Betriebsferien) – öffnet Do. 7. Jan. 7:00');
    expect(chip(christmas, '2026-12-28T10:00:00+01:00', 'en')).toBe('Closed (Betriebsferien) — opens Thu 7 Jan 7:00');
    const unlabeled = hoursWith({ companyHolidays: [{ from: '2026-12-24', to: '2027-01-06' }] });
    expect(chip(unlabeled, '2026-12-28T10:00:00+01:00', 'en')).toBe('Closed (Company holiday) — opens Thu 7 Jan 7:00');
    const sabbatical = hoursWith({ companyHolidays: [{ from: '2026-01-01', to: '2026-12-31' }] });
    expect(chip(sabbatical, '2026-02-02T10:00:00+01:00', 'de')).toBe('Geschlossen (Betriebsferien) – öffnet Fr. 1. Jan. 2027 7:00');
  });

  it('open past midnight: closes tomorrow', () => {
    const night = hoursWith({ week: weekWith({ tue: [{ start: '20:00', end: '02:00' }] }) });
    expect(chip(night, '2026-05-12T21:00:00+02:00', 'de')).toBe('Geöffnet bis morgen 2:00');
    expect(chip(night, '2026-05-12T21:00:00+02:00', 'en')).toBe('Open until tomorrow 2:00');
  });

  it('never opening, or never closing', () => {
    expect(chip(hoursWith({ week: emptyWeek() }), '2026-05-12T10:00:00+02:00', 'de')).toBe('Geschlossen – keine Öffnungszeiten hinterlegt');
    expect(chip(hoursWith({ week: emptyWeek() }), '2026-05-12T10:00:00+02:00', 'en')).toBe('Closed — no opening hours set');
    const allDay = [{ start: '00:00', end: '00:00' }];
    const always = hoursWith({ week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
    expect(chip(always, '2026-05-12T10:00:00+02:00', 'de')).toBe('Geöffnet');
    expect(chip(always, '2026-05-12T10:00:00+02:00', 'en')).toBe('Open');
  });

  it('uses the firm’s zone for times and for "today"/"tomorrow"', () => {
    const newYork = hoursWith({ timeZone: 'America/New_York', week: weekWith({}) });
    // 02:00 in Berlin on Wednesday is 20:00 on Tuesday in New York: it opens "tomorrow" at 7:00 there.
    expect(chip(newYork, '2026-05-13T02:00:00+02:00', 'en')).toBe('Closed — opens tomorrow 7:00');
  });
});
