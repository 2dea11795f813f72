/**
 * Turns the weekly pattern into real instants, one calendar day at a time.
 *
 * The rule for intervals past midnight: an interval belongs to the day it starts on. If that day
 * is a holiday the whole interval is dropped; if it is a normal day the interval runs to its end
 * even when the next morning is a holiday (a night shift that began is finished).
 */
import type { OpeningHours } from './model';
import { closureOn } from './holidays';
import { addCivilDays, minutesOfDay, wallTimeToInstant, weekdayOf, type CivilDate } from './wall-clock';

/** Half-open span of real time [start, end) in epoch milliseconds. */
export interface OpenSpan {
  start: number;
  end: number;
}

/** The open spans that start on the given calendar day, sorted by start. */
export function openSpansStartingOn(hours: OpeningHours, date: CivilDate): OpenSpan[] {
  const intervals = hours.week[weekdayOf(date)];
  // Cheapest test first: most searches walk over many closed weekend days.
  if (intervals.length === 0 || closureOn(date, hours)) return [];
  const nextDay = addCivilDays(date, 1);
  const spans: OpenSpan[] = [];
  for (const interval of intervals) {
    const pastMidnight = minutesOfDay(interval.end) <= minutesOfDay(interval.start);
    const start = wallTimeToInstant(date, interval.start, hours.timeZone).getTime();
    const end = wallTimeToInstant(pastMidnight ? nextDay : date, interval.end, hours.timeZone).getTime();
    // A DST gap can swallow a whole interval (02:00–03:00 on the spring switch): nothing is open then.
    if (end > start) spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Open spans day by day from `from` onwards (or backwards with step -1), up to `days` days.
 * Lazy, because most questions are answered within the first day or two.
 */
export function* spansByDay(hours: OpeningHours, from: CivilDate, days: number, step: 1 | -1 = 1): Generator<OpenSpan[]> {
  for (let offset = 0; offset < days; offset++) {
    yield openSpansStartingOn(hours, addCivilDays(from, offset * step));
  }
}
