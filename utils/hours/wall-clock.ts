/**
 * Calendar dates and wall-clock times in a named time zone. Everything here goes through
 * @date-fns/tz so that results never depend on the machine's own zone (process TZ, browser).
 */
import { TZDate, tz, tzOffset } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { WEEKDAYS, type Weekday, type WallTime } from './model';

/** A calendar day with no time and no zone; month is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Calendar arithmetic happens in UTC, the one zone where every day has exactly 24 hours. */
const CALENDAR = tz('UTC');

function calendarDate(date: CivilDate): TZDate {
  return new TZDate(date.year, date.month - 1, date.day, 'UTC');
}

function toCivil(date: Date): CivilDate {
  const inCalendar = CALENDAR(date);
  return { year: inCalendar.getFullYear(), month: inCalendar.getMonth() + 1, day: inCalendar.getDate() };
}

/** The calendar day the instant falls on in the zone. */
export function civilDateAt(instant: Date, timeZone: string): CivilDate {
  const wall = new TZDate(instant.getTime(), timeZone);
  return { year: wall.getFullYear(), month: wall.getMonth() + 1, day: wall.getDate() };
}

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return toCivil(addDays(calendarDate(date), days, { in: CALENDAR }));
}

export function weekdayOf(date: CivilDate): Weekday {
  // getDay() counts from Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(calendarDate(date).getDay() + 6) % 7] as Weekday;
}

/** "yyyy-MM-dd", the form company holidays are stored in; sorts like the dates themselves. */
export function civilKey(date: CivilDate): string {
  return format(calendarDate(date), 'yyyy-MM-dd', { in: CALENDAR });
}

export function parseWallTime(time: WallTime): { hours: number; minutes: number } {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { hours, minutes };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

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
