/**
 * The reminder presets, computed in the browser's local time with date-fns: in 1 hour, in 3 hours,
 * tomorrow and next Monday at the user's morning time (setting `reminders.morningTime`, default 8:00;
 * "next" Monday is a week ahead when today is Monday, never today). The ids 'tomorrow-8'/'monday-8'
 * are UI hooks (`data-preset`) and stay as they are whatever time is configured.
 */
import { addDays, addHours, nextMonday, set } from 'date-fns';
import { morningParts } from '../../../../utils/reminders/morning-time.ts';

export type ReminderPreset = 'in-1h' | 'in-3h' | 'tomorrow-8' | 'monday-8';
export const REMINDER_PRESETS: readonly ReminderPreset[] = ['in-1h', 'in-3h', 'tomorrow-8', 'monday-8'];

/** `morningTime` is the stored "HH:MM"; a malformed one counts as 08:00. */
export function presetTime(preset: ReminderPreset, now: Date, morningTime: string): Date {
  // set() works on local wall-clock fields: on a DST day the time stays e.g. 8:00, and a time in the
  // spring-forward gap (2:30 in Berlin) becomes the first moment after it (3:30).
  const morning = { ...morningParts(morningTime), seconds: 0, milliseconds: 0 };
  switch (preset) {
    case 'in-1h':
      return addHours(now, 1);
    case 'in-3h':
      return addHours(now, 3);
    case 'tomorrow-8':
      // Not startOfTomorrow(): it reads the real clock, and "tomorrow" must be relative to `now`.
      return set(addDays(now, 1), morning);
    case 'monday-8':
      return set(nextMonday(now), morning);
  }
}

/** `<input type="datetime-local">` value ("2026-11-27T08:00") → epoch ms in local time; null if invalid or past. */
export function parseChosenTime(value: string, now: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  const at = new Date(year, month - 1, day, hours, minutes);
  if (Number.isNaN(at.getTime()) || at.getMonth() !== month - 1 || at.getTime() <= now.getTime()) return null;
  return at.getTime();
}
