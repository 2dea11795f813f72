/**
 * Open or closed at an instant, and when that changes. All wall-clock reasoning happens in the
 * configured time zone (see wall-clock.ts); instants in and out are plain Dates.
 */
import { SEARCH_HORIZON_DAYS, WEEKDAYS, type HoursStatus, type OpeningHours } from './model';
import { closureOn } from './holidays';
import { openSpansStartingOn, spansByDay, type OpenSpan } from './schedule';
import { addCivilDays, civilDateAt, civilKey, wallTimeToInstant } from './wall-clock';

function weekIsEmpty(hours: OpeningHours): boolean {
  return WEEKDAYS.every((day) => hours.week[day].length === 0);
}

/**
 * Where the open stretch that contains `end` finally ends: intervals that touch or overlap
 * (Mon 22:00–24:00 followed by Tue 00:00–06:00) are one stretch. Null when it never closes
 * within the search horizon.
 */
function endOfOpenStretch(hours: OpeningHours, end: number): number | null {
  // Spans that can touch `end` start at most one day before it (no interval is longer than a day).
  const firstDay = addCivilDays(civilDateAt(new Date(end), hours.timeZone), -1);
  let stretchEnd = end;
  let day = firstDay;
  for (let offset = 0; offset <= SEARCH_HORIZON_DAYS; offset++, day = addCivilDays(day, 1)) {
    // Spans of days after the one the stretch ends on start after it: nothing more can touch it.
    if (civilKey(day) > civilKey(civilDateAt(new Date(stretchEnd), hours.timeZone))) return stretchEnd;
    for (const span of openSpansStartingOn(hours, day)) {
      if (span.start <= stretchEnd && span.end > stretchEnd) stretchEnd = span.end;
    }
  }
  return null;
}

/**
 * Open or closed at the instant, in the firm's zone. Expects settings that passed
 * parseOpeningHours (a known time zone, valid times).
 */
export function statusAt(hours: OpeningHours, instant: Date): HoursStatus {
  // The instant comes from code (a clock, a message timestamp), not from the user: a bad one is a bug.
  if (Number.isNaN(instant.getTime())) throw new RangeError('statusAt: invalid instant');
  const { timeZone } = hours;
  const now = instant.getTime();
  const today = civilDateAt(instant, timeZone);
  // An interval that started yesterday may still run (22:00–02:00).
  const candidates = [...openSpansStartingOn(hours, addCivilDays(today, -1)), ...openSpansStartingOn(hours, today)];
  const containing = candidates.filter((span) => span.start <= now && now < span.end);
  if (containing.length > 0) {
    const until = endOfOpenStretch(hours, Math.max(...containing.map((span) => span.end)));
    return { open: true, until: until === null ? null : new Date(until), timeZone };
  }

  const opensAt = nextOpeningAfter(hours, now);
  if (weekIsEmpty(hours)) return { open: false, reason: 'no-hours', opensAt, timeZone };
  const closure = closureOn(today, hours);
  if (closure?.kind === 'company-holiday') {
    const { label } = closure.holiday;
    return { open: false, reason: 'company-holiday', ...(label ? { holidayName: label } : {}), opensAt, timeZone };
  }
  if (closure?.kind === 'public-holiday') {
    const { id, name } = closure.holiday;
    return { open: false, reason: 'public-holiday', holidayName: name.de, holidayId: id, opensAt, timeZone };
  }
  return { open: false, reason: 'outside-hours', opensAt, timeZone };
}

function nextOpeningAfter(hours: OpeningHours, now: number): Date | null {
  if (weekIsEmpty(hours)) return null;
  for (const spans of spansByDay(hours, civilDateAt(new Date(now), hours.timeZone), SEARCH_HORIZON_DAYS + 1)) {
    const next = spans.find((span) => span.start > now);
    if (next) return new Date(next.start);
  }
  return null;
}

/**
 * When the open/closed state flips next: the closing time while open, the next opening while
 * closed; null if that is beyond the search horizon. Lets the UI set one timer instead of polling.
 */
export function nextChange(hours: OpeningHours, instant: Date): Date | null {
  const status = statusAt(hours, instant);
  return status.open ? status.until : status.opensAt;
}

/**
 * When the status chip's text can change next: at the next flip, or at the next midnight in the
 * firm's zone, whichever comes first, since "opens tomorrow" becomes "opens today" and the
 * holiday named in a closed status changes with the day.
 */
export function nextDisplayUpdate(hours: OpeningHours, instant: Date): Date {
  const midnight = wallTimeToInstant(addCivilDays(civilDateAt(instant, hours.timeZone), 1), '00:00', hours.timeZone);
  const change = nextChange(hours, instant);
  return change !== null && change.getTime() < midnight.getTime() ? change : midnight;
}

/** Id of a closed period that does not start within the search horizon (e.g. an empty week). */
export const INDEFINITE_CLOSED_PERIOD = 'closed-indefinitely';

/**
 * A stable id for the closed period containing the instant: the ISO instant it began, i.e. when
 * the firm last closed. Every instant of one closed stretch (evening, night, a public holiday
 * and the next night) gets the same id, so the away reply can go out once per chat per period.
 * Null while open. Changing the opening hours can change the ids, which at worst allows one more
 * reply per chat.
 */
export function closedPeriodId(hours: OpeningHours, instant: Date): string | null {
  if (statusAt(hours, instant).open) return null;
  if (weekIsEmpty(hours)) return INDEFINITE_CLOSED_PERIOD;
  const now = instant.getTime();
  const endedBefore = (spans: OpenSpan[]) => spans.filter((span) => span.end <= now).map((span) => span.end);
  const days = spansByDay(hours, civilDateAt(instant, hours.timeZone), SEARCH_HORIZON_DAYS + 1, -1);
  for (const spans of days) {
    const ends = endedBefore(spans);
    if (ends.length === 0) continue;
    // A span from one or two days earlier can end later than this day's spans when DST and long
    // night intervals meet, so look at those too before deciding.
    const earlier = [days.next(), days.next()].flatMap((next) => (next.done ? [] : endedBefore(next.value)));
    return new Date(Math.max(...ends, ...earlier)).toISOString();
  }
  return INDEFINITE_CLOSED_PERIOD;
}
