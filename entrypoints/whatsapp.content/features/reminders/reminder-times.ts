/**
 * The reminder presets, computed in the browser's local time with date-fns: in 1 hour, in 3 hours,
 * tomorrow at 8:00, next Monday at 8:00 (a week ahead when today is Monday: "next" Monday, never today).
 */
import { addDays, addHours, nextMonday, set } from 'date-fns';

export type ReminderPreset = 'in-1h' | 'in-3h' | 'tomorrow-8' | 'monday-8';
export const REMINDER_PRESETS: readonly ReminderPreset[] = ['in-1h', 'in-3h', 'tomorrow-8', 'monday-8'];

const MORNING = { hours: 8, minutes: 0, seconds: 0, milliseconds: 0 };

export function presetTime(preset: ReminderPreset, now: Date): Date {
  switch (preset) {
    case 'in-1h':
      return addHours(now, 1);
    case 'in-3h':
      return addHours(now, 3);
    case 'tomorrow-8':
      // Not startOfTomorrow(): it reads the real clock, and "tomorrow" must be relative to `now`.
      return set(addDays(now, 1), MORNING);
    case 'monday-8':
      return set(nextMonday(now), MORNING);
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
