import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, defaultOpeningHours, MAX_AWAY_TEXT_LENGTH, parseOpeningHours, type HoursError } from '../../../utils/hours';
import { emptyWeek } from './fixtures';

function errorsOf(input: unknown): HoursError[] {
  const result = parseOpeningHours(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const withWeek = (days: Record<string, { start: unknown; end: unknown }[]>) => ({ ...defaultOpeningHours(), week: { ...emptyWeek(), ...days } });

describe('parseOpeningHours', () => {
  it('accepts the German default unchanged', () => {
    expect(parseOpeningHours(defaultOpeningHours())).toEqual({ ok: true, value: defaultOpeningHours() });
  });

  it('fills missing fields with defaults (settings from older versions)', () => {
    const result = parseOpeningHours({ week: { mon: [{ start: '08:00', end: '16:00' }] } });
    expect(result.ok && result.value).toMatchObject({
      timeZone: DEFAULT_TIME_ZONE,
      federalState: null,
      companyHolidays: [],
      week: { mon: [{ start: '08:00', end: '16:00' }], tue: [], sun: [] },
    });
  });

  it('never throws on garbage', () => {
    for (const input of [null, undefined, 'x', 42, [], { week: 'x' }, { week: { mon: 'x' } }]) {
      expect(() => parseOpeningHours(input)).not.toThrow();
      expect(errorsOf(input).every((error) => error.code === 'invalid-value')).toBe(true);
    }
  });

  it('reports bad times with their path', () => {
    for (const time of ['7:00', '24:00', '12:60', '', 'noon', '07:00:00']) {
      expect(errorsOf(withWeek({ tue: [{ start: '08:00', end: time }] }))).toContainEqual({
        code: 'invalid-time',
        path: ['week', 'tue', 0, 'end'],
        params: {},
      });
    }
    expect(errorsOf(withWeek({ tue: [{ start: 8, end: '12:00' }] }))[0]).toMatchObject({ code: 'invalid-value', path: ['week', 'tue', 0, 'start'] });
  });

  it('reports an interval that starts and ends at the same time, except the whole day 00:00–00:00', () => {
    expect(errorsOf(withWeek({ mon: [{ start: '08:00', end: '08:00' }] }))).toEqual([
      { code: 'empty-interval', path: ['week', 'mon', 0, 'end'], params: {} },
    ]);
    expect(parseOpeningHours(withWeek({ mon: [{ start: '00:00', end: '00:00' }] })).ok).toBe(true);
  });

  it('reports overlapping intervals within a day', () => {
    expect(errorsOf(withWeek({ wed: [{ start: '07:00', end: '12:00' }, { start: '11:30', end: '17:00' }] }))).toEqual([
      { code: 'overlapping-intervals', path: ['week', 'wed', 1], params: { day: 'wed', index: 1, otherDay: 'wed', otherIndex: 0 } },
    ]);
  });

  it('reports overlaps past midnight, also from Sunday night into Monday', () => {
    const intoTuesday = errorsOf(withWeek({ mon: [{ start: '22:00', end: '02:00' }], tue: [{ start: '01:00', end: '05:00' }] }));
    expect(intoTuesday.map((error) => error.params)).toEqual([{ day: 'tue', index: 0, otherDay: 'mon', otherIndex: 0 }]);
    const intoMonday = errorsOf(withWeek({ mon: [{ start: '00:30', end: '03:00' }], sun: [{ start: '23:00', end: '01:00' }] }));
    expect(intoMonday.map((error) => error.code)).toEqual(['overlapping-intervals']);
  });

  it('accepts intervals that only touch, and several per day', () => {
    const touching = withWeek({
      mon: [{ start: '13:00', end: '17:00' }, { start: '07:00', end: '13:00' }, { start: '22:00', end: '00:00' }],
      tue: [{ start: '00:00', end: '06:00' }],
      sun: [{ start: '20:00', end: '00:00' }],
    });
    expect(parseOpeningHours(touching).ok).toBe(true);
  });

  it('skips the overlap check for intervals whose times are already invalid', () => {
    expect(errorsOf(withWeek({ mon: [{ start: '07:00', end: '12:00' }, { start: '99:00', end: '11:00' }] })).map((error) => error.code)).toEqual([
      'invalid-time',
    ]);
  });

  it('reports an unknown time zone with its name', () => {
    expect(errorsOf({ ...defaultOpeningHours(), timeZone: 'Europe/Springfield' })).toEqual([
      { code: 'unknown-time-zone', path: ['timeZone'], params: { timeZone: 'Europe/Springfield' } },
    ]);
    expect(parseOpeningHours({ ...defaultOpeningHours(), timeZone: 'America/New_York' }).ok).toBe(true);
  });

  it('reports an unknown federal state; null means none', () => {
    expect(errorsOf({ ...defaultOpeningHours(), federalState: 'XX' })).toEqual([
      { code: 'unknown-federal-state', path: ['federalState'], params: { federalState: 'XX' } },
    ]);
    expect(parseOpeningHours({ ...defaultOpeningHours(), federalState: 'BY' }).ok).toBe(true);
    expect(parseOpeningHours({ ...defaultOpeningHours(), federalState: null }).ok).toBe(true);
  });

  it('reports company holidays that end before they start, or are no real dates', () => {
    const reversed = { ...defaultOpeningHours(), companyHolidays: [{ from: '2027-01-06', to: '2026-12-24' }] };
    expect(errorsOf(reversed)).toEqual([
      { code: 'holiday-ends-before-start', path: ['companyHolidays', 0, 'to'], params: { from: '2027-01-06', to: '2026-12-24' } },
    ]);
    const invalid = { ...defaultOpeningHours(), companyHolidays: [{ from: '2026-02-30', to: '2026-3-1' }] };
    expect(errorsOf(invalid).map((error) => [error.code, error.path.join('.')])).toEqual([
      ['invalid-date', 'companyHolidays.0.from'],
      ['invalid-date', 'companyHolidays.0.to'],
    ]);
    const sameDay = { ...defaultOpeningHours(), companyHolidays: [{ from: '2026-05-13', to: '2026-05-13', label: 'Betriebsausflug' }] };
    expect(parseOpeningHours(sameDay).ok).toBe(true);
  });

  it('reports an away text that is too long', () => {
    expect(errorsOf({ ...defaultOpeningHours(), awayText: 'x'.repeat(MAX_AWAY_TEXT_LENGTH + 1) })).toEqual([
      { code: 'away-text-too-long', path: ['awayText'], params: { max: MAX_AWAY_TEXT_LENGTH } },
    ]);
  });

  it('collects all errors at once', () => {
    const input = { ...defaultOpeningHours(), timeZone: 'Nowhere', federalState: 'XX', week: { ...emptyWeek(), fri: [{ start: 'x', end: '12:00' }] } };
    expect(errorsOf(input).map((error) => error.code).sort()).toEqual(['invalid-time', 'unknown-federal-state', 'unknown-time-zone']);
  });
});
