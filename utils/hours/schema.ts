/**
 * Validation of opening-hours settings from the options page or a backup import. Never throws:
 * it returns error codes with parameters, which the UI translates (DESIGN §7: text in _locales).
 */
import * as z from 'zod';
import {
  DEFAULT_AWAY_TEXT,
  DEFAULT_TIME_ZONE,
  FEDERAL_STATES,
  WEEKDAYS,
  type OpeningHours,
  type OpeningInterval,
  type Weekday,
} from './model';
import { isValidTimeZone, minutesOfDay } from './wall-clock';
import { isCalendarDate } from './calendar-date.ts';

export const HOURS_ERROR_CODES = [
  /** Not the expected kind of value (e.g. a number where a time belongs), or a required field is missing. */
  'invalid-value',
  /** Not "HH:mm" between 00:00 and 23:59. */
  'invalid-time',
  /** start equals end (other than 00:00–00:00, which means the whole day). */
  'empty-interval',
  /** Two intervals share time, also across midnight into the next day. params: day, index, otherDay, otherIndex. */
  'overlapping-intervals',
  /** params: timeZone */
  'unknown-time-zone',
  /** params: federalState */
  'unknown-federal-state',
  /** Not a real "yyyy-MM-dd" date. */
  'invalid-date',
  /** A company holiday ends before it starts. params: from, to */
  'holiday-ends-before-start',
  /** params: max */
  'label-too-long',
  /** params: max */
  'away-text-too-long',
] as const;
export type HoursErrorCode = (typeof HOURS_ERROR_CODES)[number];

export interface HoursError {
  code: HoursErrorCode;
  /** Where in the settings, e.g. ["week", "mon", 1, "end"]. */
  path: (string | number)[];
  params: Record<string, string | number>;
}

export type ParseResult = { ok: true; value: OpeningHours } | { ok: false; errors: HoursError[] };

export const MAX_AWAY_TEXT_LENGTH = 4000;
export const MAX_LABEL_LENGTH = 100;
const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const isWallTime = (value: string) => TIME_PATTERN.test(value);

const wallTime = z.string().regex(TIME_PATTERN, { error: 'invalid-time' });

const interval = z
  .object({ start: wallTime, end: wallTime })
  .refine((value) => !isWallTime(value.start) || value.start !== value.end || value.start === '00:00', {
    error: 'empty-interval',
    path: ['end'],
  });

const calendarDate = z.string().refine((value) => isCalendarDate(value), {
  error: 'invalid-date',
});

const companyHoliday = z
  .object({
    from: calendarDate,
    to: calendarDate,
    label: z.string().max(MAX_LABEL_LENGTH, { error: 'label-too-long' }).optional(),
  })
  .superRefine((value, ctx) => {
    // Compared as strings, which order like dates; only meaningful once both are well-formed.
    if (value.from > value.to && [value.from, value.to].every(isCalendarDate)) {
      ctx.addIssue({ code: 'custom', message: 'holiday-ends-before-start', path: ['to'], params: { from: value.from, to: value.to } });
    }
  });

/** Where an interval lies on a Monday-00:00-based week, in minutes; may extend past the week's end. */
function weekSpan(day: Weekday, value: OpeningInterval): { start: number; end: number } {
  const dayStart = WEEKDAYS.indexOf(day) * MINUTES_PER_DAY;
  const start = dayStart + minutesOfDay(value.start);
  const endOfDay = minutesOfDay(value.end);
  const end = dayStart + endOfDay + (endOfDay <= minutesOfDay(value.start) ? MINUTES_PER_DAY : 0);
  return { start, end };
}

function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  // Sunday night's interval wraps into Monday morning, so also compare with b shifted by a week.
  return [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK].some((shift) => a.start < b.end + shift && b.start + shift < a.end);
}

/** A day left out is a closed day. */
const dayIntervals = z.array(interval).default(() => []);

const week = z
  .object({
    mon: dayIntervals,
    tue: dayIntervals,
    wed: dayIntervals,
    thu: dayIntervals,
    fri: dayIntervals,
    sat: dayIntervals,
    sun: dayIntervals,
  })
  .superRefine((value, ctx) => {
    const placed = WEEKDAYS.flatMap((day) =>
      value[day].flatMap((item, index) =>
        isWallTime(item.start) && isWallTime(item.end) ? [{ day, index, span: weekSpan(day, item) }] : [],
      ),
    );
    for (const [position, a] of placed.entries()) {
      for (const b of placed.slice(position + 1)) {
        if (!spansOverlap(a.span, b.span)) continue;
        ctx.addIssue({
          code: 'custom',
          message: 'overlapping-intervals',
          path: [b.day, b.index],
          params: { day: b.day, index: b.index, otherDay: a.day, otherIndex: a.index },
        });
      }
    }
  });

/**
 * Missing fields take their defaults, so settings saved by an older version still load; wrong
 * values are errors, not silently replaced.
 */
export const openingHoursSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, { error: 'unknown-time-zone' }).default(DEFAULT_TIME_ZONE),
  week: week.default(() => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })),
  federalState: z.enum(FEDERAL_STATES, { error: 'unknown-federal-state' }).nullable().default(null),
  companyHolidays: z.array(companyHoliday).default([]),
  awayText: z.string().max(MAX_AWAY_TEXT_LENGTH, { error: 'away-text-too-long' }).default(DEFAULT_AWAY_TEXT.de),
});

function isHoursErrorCode(message: string): message is HoursErrorCode {
  return (HOURS_ERROR_CODES as readonly string[]).includes(message);
}

function paramsOf(issue: z.core.$ZodIssue, code: HoursErrorCode, input: unknown): Record<string, string | number> {
  if (issue.code === 'custom' && issue.params) return issue.params as Record<string, string | number>;
  if (code === 'away-text-too-long') return { max: MAX_AWAY_TEXT_LENGTH };
  if (code === 'label-too-long') return { max: MAX_LABEL_LENGTH };
  const value = valueAt(input, issue.path);
  if (code === 'unknown-time-zone' && typeof value === 'string') return { timeZone: value };
  if (code === 'unknown-federal-state') return { federalState: String(value) };
  return {};
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates settings of unknown shape. Never throws. */
export function parseOpeningHours(input: unknown): ParseResult {
  const result = openingHoursSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue): HoursError => {
    const code = isHoursErrorCode(issue.message) ? issue.message : 'invalid-value';
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return { code, path, params: paramsOf(issue, code, input) };
  });
  return { ok: false, errors };
}
