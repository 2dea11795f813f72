/**
 * The time of day of the "tomorrow" and "next Monday" reminder presets (setting
 * `reminders.morningTime`, stored as "HH:MM"). Shared by the options page (reads what the user types)
 * and the WhatsApp page (computes the preset and shows it in the menu); no zod here, so the content
 * script does not pull the settings schema in for it.
 */

export const DEFAULT_MORNING_TIME = '08:00';

/** The stored form: two-digit hours 00–23, two-digit minutes. */
export const MORNING_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * What the user typed → the stored form, or null when it is not a time of day. Accepts "7:30",
 * "07:30" and "7.30" (the German way of writing times), with surrounding spaces.
 */
export function parseMorningTime(input: string): string | null {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(input);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Hours and minutes of a stored time; the default for a value that is not one (never throws). */
export function morningParts(time: string): { hours: number; minutes: number } {
  const valid = MORNING_TIME_PATTERN.test(time) ? time : DEFAULT_MORNING_TIME;
  const [hours, minutes] = valid.split(':').map(Number) as [number, number];
  return { hours, minutes };
}

/** "07:30" → "7:30", as the menu has always written "8:00" (both languages). */
export function morningLabel(time: string): string {
  const { hours, minutes } = morningParts(time);
  return `${hours}:${String(minutes).padStart(2, '0')}`;
}
