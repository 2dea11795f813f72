import { describe, expect, it } from 'vitest';
import { closureOn, defaultOpeningHours, formatStatus, publicHolidayOn, publicHolidaysOfYear, statusAt, type FederalState } from '../../../utils/hours';
import { at, chipWords } from './fixtures';

const day = (key: string) => {
  const [year, month, date] = key.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};
const holidayIn = (state: FederalState, key: string) => publicHolidayOn(day(key), state)?.id;

describe('public holidays per federal state (feiertagejs)', () => {
  it.each([
    ['2026-01-06', 'HEILIGEDREIKOENIGE', ['BW', 'BY', 'ST'], ['NW', 'BE']],
    ['2026-03-08', 'WELTFRAUENTAG', ['BE', 'MV'], ['BY', 'BB']],
    ['2026-06-04', 'FRONLEICHNAM', ['BY', 'BW', 'HE', 'NW', 'RP', 'SL'], ['BE', 'HH', 'SN']],
    ['2026-08-15', 'MARIAHIMMELFAHRT', ['SL', 'BY'], ['BW', 'BE']],
    ['2026-09-20', 'WELTKINDERTAG', ['TH'], ['SN']],
    ['2026-10-31', 'REFORMATIONSTAG', ['SN', 'BB', 'NI', 'HH'], ['BY', 'NW', 'BE']],
    ['2026-11-01', 'ALLERHEILIGEN', ['BW', 'BY', 'NW'], ['SN', 'BE']],
    ['2026-11-18', 'BUBETAG', ['SN'], ['BY', 'TH']],
  ] as const)('%s %s', (date, id, holidayIn_, notIn) => {
    for (const state of holidayIn_) expect(holidayIn(state, date), state).toBe(id);
    for (const state of notIn) expect(holidayIn(state, date), state).toBeUndefined();
  });

  it('moving feasts follow Easter (Good Friday 2026-04-03, Easter Monday 2026-04-06, Whit Monday 2026-05-25)', () => {
    expect(holidayIn('HB', '2026-04-03')).toBe('KARFREITAG');
    expect(holidayIn('HB', '2026-04-06')).toBe('OSTERMONTAG');
    expect(holidayIn('HB', '2026-05-25')).toBe('PFINGSTMONTAG');
    expect(holidayIn('HB', '2026-05-26')).toBeUndefined();
  });

  it('carries German and English names', () => {
    expect(publicHolidayOn(day('2026-12-25'), 'BE')?.name).toEqual({ de: '1. Weihnachtstag', en: 'Christmas Day' });
  });

  it('lists a year for the settings page, in date order', () => {
    const bavaria = publicHolidaysOfYear(2026, 'BY');
    expect(bavaria.map((entry) => entry.date)).toEqual([...bavaria.map((entry) => entry.date)].sort());
    expect(bavaria.find((entry) => entry.holiday.id === 'FRONLEICHNAM')?.date).toBe('2026-06-04');
    expect(publicHolidaysOfYear(2026, 'BE').some((entry) => entry.holiday.id === 'FRONLEICHNAM')).toBe(false);
  });

  it('no state, no public holidays', () => {
    expect(publicHolidayOn(day('2026-12-25'), null)).toBeUndefined();
  });

  it('company holidays win over public holidays on the same day', () => {
    const settings = { federalState: 'BY' as const, companyHolidays: [{ from: '2026-12-24', to: '2026-12-31' }] };
    expect(closureOn(day('2026-12-25'), settings)?.kind).toBe('company-holiday');
    expect(closureOn(day('2027-01-01'), settings)?.kind).toBe('public-holiday');
    expect(closureOn(day('2027-01-04'), settings)).toBeUndefined();
  });

  it('a status names its holiday in English from the id alone (computed elsewhere, sent over)', () => {
    const now = at('2026-10-31T10:00:00+01:00');
    const status = { open: false, reason: 'public-holiday', holidayName: 'Reformationstag', holidayId: 'REFORMATIONSTAG', opensAt: null, timeZone: 'Europe/Berlin' } as const;
    expect(formatStatus(status, now, 'en', chipWords('en'))).toBe('Closed (Reformation Day)');
    expect(formatStatus(status, now, 'de', chipWords('de'))).toBe('Geschlossen (Reformationstag)');
  });
});

describe('guards', () => {
  it('an invalid instant is a programming error and says so', () => {
    expect(() => statusAt(defaultOpeningHours(), new Date(Number.NaN))).toThrow(RangeError);
  });

  it('the default settings come in both languages', () => {
    expect(defaultOpeningHours('en').awayText).toContain('{Back at}');
    expect(defaultOpeningHours().awayText).toContain('{Wieder da}');
  });
});
