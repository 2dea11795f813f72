/**
 * Calendar dates and wall-clock times in a named time zone, never in the machine's own zone
 * (process TZ, the browser's): zone offsets come from @date-fns/tz, calendar-day arithmetic is
 * done on UTC dates, where no zone can interfere.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { WEEKDAYS, type Weekday, type WallTime } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** A calendar day with no time and no zone; month is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Calendar arithmetic on plain UTC dates: no zone is involved, every UTC day has 24 hours, and it
 * is hundreds of times faster than date-fns with a TZDate, which matters because a search for
 * the next opening may walk 400 days.
 */
function utcMidnight(date: CivilDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** The calendar day the instant falls on in the zone. */
export function civilDateAt(instant: Date, timeZone: string): CivilDate {
  const wall = new TZDate(instant.getTime(), timeZone);
  return { year: wall.getFullYear(), month: wall.getMonth() + 1, day: wall.getDate() };
}

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function weekdayOf(date: CivilDate): Weekday {
  // getUTCDay() counts from Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(utcMidnight(date).getUTCDay() + 6) % 7] as Weekday;
}

/** "yyyy-MM-dd", the form company holidays are stored in; sorts like the dates themselves. */
export function civilKey(date: CivilDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Whole calendar days from one date to another (negative if `to` is earlier). */
export function civilDaysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS);
}

export function parseWallTime(time: WallTime): { hours: number; minutes: number } {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { hours, minutes };
}

/**
 * The instant a wall-clock time occurs on a day in the zone, resolved like JavaScript's Date and
 * Temporal's "compatible" mode: a time skipped by a DST switch (02:30 on the last Sunday of March
 * in Berlin) moves forward by the gap (03:30); a time that occurs twice (02:30 in late October)
 * is taken the first time.
 *
 * Not `new TZDate(y, m, d, h, min, zone)`: for times that occur twice, @date-fns/tz 1.5 picks the
 * first or the second occurrence depending on the machine's own zone.
 */
export function wallTimeToInstant(date: CivilDate, time: WallTime, timeZone: string): Date {
  const { hours, minutes } = parseWallTime(time);
  const asIfUtc = Date.UTC(date.year, date.month - 1, date.day, hours, minutes);
  // A zone changes its offset at most once within a day either side, so these are the only
  // offsets the wall time can have.
  const offsetBefore = tzOffset(timeZone, new Date(asIfUtc - DAY_MS));
  const offsetAfter = tzOffset(timeZone, new Date(asIfUtc + DAY_MS));
  const occurrences = [offsetBefore, offsetAfter]
    .map((offset) => asIfUtc - offset * MINUTE_MS)
    .filter((instant) => tzOffset(timeZone, new Date(instant)) * MINUTE_MS === asIfUtc - instant);
  if (occurrences.length > 0) return new Date(Math.min(...occurrences));
  // In the gap: read with the offset from before the switch, which lands the gap's length later.
  return new Date(asIfUtc - offsetBefore * MINUTE_MS);
}

/** Whole minutes since the start of a day: "07:30" → 450. */
export function minutesOfDay(time: WallTime): number {
  const { hours, minutes } = parseWallTime(time);
  return hours * 60 + minutes;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    // Throws RangeError for names the platform's tz database does not know.
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
