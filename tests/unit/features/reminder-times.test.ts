/** Reminder presets and the chosen-time parser, in local time. */
import { describe, expect, it } from 'vitest';
import { parseChosenTime, presetTime } from '../../../entrypoints/whatsapp.content/features/reminders/reminder-times.ts';

// Friday 27 November 2026, 14:35 local time.
const friday = new Date(2026, 10, 27, 14, 35, 12);

describe('presetTime', () => {
  it('in 1 h and in 3 h', () => {
    expect(presetTime('in-1h', friday)).toEqual(new Date(2026, 10, 27, 15, 35, 12));
    expect(presetTime('in-3h', friday)).toEqual(new Date(2026, 10, 27, 17, 35, 12));
  });
  it('tomorrow at 8:00, relative to the given time, across a month end', () => {
    expect(presetTime('tomorrow-8', friday)).toEqual(new Date(2026, 10, 28, 8, 0, 0, 0));
    expect(presetTime('tomorrow-8', new Date(2026, 10, 30, 23, 50))).toEqual(new Date(2026, 11, 1, 8, 0, 0, 0));
  });
  it('next Monday at 8:00; on a Monday, the Monday a week later', () => {
    expect(presetTime('monday-8', friday)).toEqual(new Date(2026, 10, 30, 8, 0, 0, 0));
    expect(presetTime('monday-8', new Date(2026, 10, 30, 7, 0))).toEqual(new Date(2026, 11, 7, 8, 0, 0, 0));
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
