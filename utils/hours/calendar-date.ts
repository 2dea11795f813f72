/**
 * "Is this a real calendar day, written yyyy-MM-dd?" without a date parser: date-fns' `isMatch` pulled
 * its whole format parser (about 19 kB minified) into the content script and the popup (issue 16).
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Year 0 does not exist in the proleptic calendar date-fns used; the UTC round trip rejects 2026-02-30.
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
