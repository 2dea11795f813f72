/**
 * The stored settings ('hours.*', 'away.text' in utils/db/settings.ts) as the OpeningHours this
 * module computes with, and back. Pure: callers pass the values, so the content script (which never
 * imports utils/db) and the options page share it.
 */
import { DEFAULT_AWAY_TEXT, WEEKDAYS, type CompanyHoliday, type FederalState, type Locale, type OpeningHours, type WeeklyHours } from './model';
import { parseOpeningHours, type ParseResult } from './schema';

/** The stored shape (structurally the settings' value types; no import from utils/db). */
export interface StoredHours {
  'hours.weekly': { start: string; end: string }[][];
  'hours.timeZone': string;
  'hours.federalState': string | null;
  'hours.companyHolidays': { from: string; to: string; name: string }[];
  'away.text': string;
}

/** The away text as it is used: an empty stored text means the localized default. */
export function effectiveAwayText(stored: string, locale: Locale): string {
  return stored.trim() === '' ? DEFAULT_AWAY_TEXT[locale] : stored;
}

/** Unvalidated OpeningHours from the stored settings (pass it to parseOpeningHours). */
export function openingHoursDraft(stored: StoredHours, locale: Locale): OpeningHours {
  const week = Object.fromEntries(WEEKDAYS.map((day, index) => [day, (stored['hours.weekly'][index] ?? []).map((item) => ({ ...item }))])) as WeeklyHours;
  const companyHolidays: CompanyHoliday[] = stored['hours.companyHolidays'].map(({ from, to, name }) => (name.trim() ? { from, to, label: name.trim() } : { from, to }));
  return {
    timeZone: stored['hours.timeZone'],
    week,
    federalState: stored['hours.federalState'] as FederalState | null,
    companyHolidays,
    awayText: effectiveAwayText(stored['away.text'], locale),
  };
}

/** Validated OpeningHours from the stored settings; errors when they do not pass parseOpeningHours. */
export function openingHoursFromSettings(stored: StoredHours, locale: Locale): ParseResult {
  return parseOpeningHours(openingHoursDraft(stored, locale));
}

/** The settings rows to write for validated OpeningHours (the default away text is stored as ''). */
export function settingsFromOpeningHours(hours: OpeningHours): StoredHours {
  const isDefault = (Object.values(DEFAULT_AWAY_TEXT) as string[]).includes(hours.awayText);
  return {
    'hours.weekly': WEEKDAYS.map((day) => hours.week[day].map(({ start, end }) => ({ start, end }))),
    'hours.timeZone': hours.timeZone,
    'hours.federalState': hours.federalState,
    'hours.companyHolidays': hours.companyHolidays.map(({ from, to, label }) => ({ from, to, name: label ?? '' })),
    'away.text': isDefault ? '' : hours.awayText,
  };
}
