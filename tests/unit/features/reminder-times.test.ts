/** Reminder presets (with the configured morning time), the morning-time helpers and the chosen-time parser, in local time. */
import { describe, expect, it } from 'vitest';
import { parseChosenTime, presetTime } from '../../../entrypoints/whatsapp.content/features/reminders/reminder-times.ts';
import { morningLabel, parseMorningTime } from '../../../utils/reminders/morning-time.ts';
import { defaultSettings, settingDefinitions } from '../../../utils/db/settings.ts';

// The DST cases need a zone with DST; Node applies a TZ change at run time (vitest runs files in forks).
process.env.TZ = 'Europe/Berlin';

// Friday 27 November 2026, 14:35 local time.
const friday = new Date(2026, 10, 27, 14, 35, 12);
const HOUR = 3_600_000;

describe('presetTime', () => {
  it('in 1 h and in 3 h', () => {
    expect(presetTime('in-1h', friday, '08:00')).toEqual(new Date(2026, 10, 27, 15, 35, 12));
    expect(presetTime('in-3h', friday, '08:00')).toEqual(new Date(2026, 10, 27, 17, 35, 12));
  });
  it('tomorrow at 8:00, relative to the given time, across a month end', () => {
    expect(presetTime('tomorrow-8', friday, '08:00')).toEqual(new Date(2026, 10, 28, 8, 0, 0, 0));
    expect(presetTime('tomorrow-8', new Date(2026, 10, 30, 23, 50), '08:00')).toEqual(new Date(2026, 11, 1, 8, 0, 0, 0));
  });
  it('next Monday at 8:00; on a Monday, the Monday a week later', () => {
    expect(presetTime('monday-8', friday, '08:00')).toEqual(new Date(2026, 10, 30, 8, 0, 0, 0));
    expect(presetTime('monday-8', new Date(2026, 10, 30, 7, 0), '08:00')).toEqual(new Date(2026, 11, 7, 8, 0, 0, 0));
  });
  it('uses the configured morning time for tomorrow and Monday, not for the hour presets', () => {
    expect(presetTime('tomorrow-8', friday, '07:30')).toEqual(new Date(2026, 10, 28, 7, 30, 0, 0));
    expect(presetTime('monday-8', friday, '07:30')).toEqual(new Date(2026, 10, 30, 7, 30, 0, 0));
    expect(presetTime('tomorrow-8', friday, '23:59')).toEqual(new Date(2026, 10, 28, 23, 59, 0, 0));
    expect(presetTime('tomorrow-8', friday, '00:00')).toEqual(new Date(2026, 10, 28, 0, 0, 0, 0));
    expect(presetTime('in-1h', friday, '07:30')).toEqual(new Date(2026, 10, 27, 15, 35, 12));
  });
  it('a malformed stored time counts as 8:00', () => {
    expect(presetTime('tomorrow-8', friday, '7:30')).toEqual(new Date(2026, 10, 28, 8, 0, 0, 0));
    expect(presetTime('tomorrow-8', friday, '24:00')).toEqual(new Date(2026, 10, 28, 8, 0, 0, 0));
  });
  it('on DST days the wall-clock time is kept (Berlin: 29 March and 25 October 2026)', () => {
    // The zone really has DST here, or the cases below would prove nothing.
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).not.toBe(new Date(2026, 2, 28, 12).getTimezoneOffset());
    const springEve = new Date(2026, 2, 28, 21, 0);
    const spring = presetTime('tomorrow-8', springEve, '07:30');
    expect([spring.getDate(), spring.getHours(), spring.getMinutes()]).toEqual([29, 7, 30]);
    // 21:00 → 07:30 across the lost hour is 9.5 real hours, not 10.5.
    expect(spring.getTime() - springEve.getTime()).toBe(9.5 * HOUR);
    const autumnEve = new Date(2026, 9, 24, 21, 0);
    const autumn = presetTime('tomorrow-8', autumnEve, '07:30');
    expect([autumn.getDate(), autumn.getHours(), autumn.getMinutes()]).toEqual([25, 7, 30]);
    expect(autumn.getTime() - autumnEve.getTime()).toBe(11.5 * HOUR);
    // Next Monday across the change (Friday 23 October → Monday 26 October, 7:30 wall clock).
    const monday = presetTime('monday-8', new Date(2026, 9, 23, 10, 0), '07:30');
    expect([monday.getDate(), monday.getDay(), monday.getHours(), monday.getMinutes()]).toEqual([26, 1, 7, 30]);
    // A time inside the spring-forward gap (2:30 does not exist on 29 March) becomes 3:30.
    const gap = presetTime('tomorrow-8', springEve, '02:30');
    expect([gap.getDate(), gap.getHours(), gap.getMinutes()]).toEqual([29, 3, 30]);
    // "In 1 hour" is one real hour, also across the change.
    const beforeGap = new Date(2026, 2, 29, 1, 30);
    expect(presetTime('in-1h', beforeGap, '08:00').getTime() - beforeGap.getTime()).toBe(HOUR);
  });
});

describe('morning time', () => {
  it('reads what the user types into the stored "HH:MM" form', () => {
    expect(parseMorningTime('07:30')).toBe('07:30');
    expect(parseMorningTime('7:30')).toBe('07:30');
    expect(parseMorningTime(' 7.30 ')).toBe('07:30');
    expect(parseMorningTime('0:00')).toBe('00:00');
    expect(parseMorningTime('23:59')).toBe('23:59');
  });
  it('refuses what is not a time of day', () => {
    for (const bad of ['', '24:00', '7:60', '730', '7:3', 'sieben', '07:30 Uhr', '-1:00', '007:30', '7:30:00']) {
      expect(parseMorningTime(bad), bad).toBeNull();
    }
  });
  it('is shown without a leading zero, as the menu writes 8:00', () => {
    expect(morningLabel('07:30')).toBe('7:30');
    expect(morningLabel('08:00')).toBe('8:00');
    expect(morningLabel('18:05')).toBe('18:05');
    expect(morningLabel('nonsense')).toBe('8:00');
  });
  it('the setting: default 08:00, only the stored form is valid', () => {
    expect(defaultSettings()['reminders.morningTime']).toBe('08:00');
    const schema = settingDefinitions['reminders.morningTime'].schema;
    expect(schema.safeParse('07:30').success).toBe(true);
    for (const bad of ['7:30', '24:00', '07:30 ', 730, null]) expect(schema.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe('parseChosenTime', () => {
  it('reads a datetime-local value in local time', () => {
    expect(parseChosenTime('2026-12-01T09:30', friday)).toBe(new Date(2026, 11, 1, 9, 30).getTime());
  });
  it('refuses past, malformed and impossible dates', () => {
    expect(parseChosenTime('2026-11-27T14:00', friday)).toBeNull();
    expect(parseChosenTime('', friday)).toBeNull();
    expect(parseChosenTime('2026-02-31T08:00', friday)).toBeNull();
    expect(parseChosenTime('tomorrow', friday)).toBeNull();
  });
});
