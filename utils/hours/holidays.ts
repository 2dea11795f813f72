/**
 * Which days close the firm: German public holidays of the chosen federal state (from feiertagejs,
 * a maintained library rather than a hand-written table) and the firm's own company holidays.
 */
import { getHolidays } from 'feiertagejs';
import type { CompanyHoliday, FederalState, Locale, OpeningHours, PublicHolidayId } from './model';
import { civilKey, type CivilDate } from './wall-clock';

export interface PublicHoliday {
  id: PublicHolidayId;
  name: Record<Locale, string>;
}

export type DayClosure =
  | { kind: 'public-holiday'; holiday: PublicHoliday }
  | { kind: 'company-holiday'; holiday: CompanyHoliday };

/** Per state and year: "yyyy-MM-dd" → holiday. Holidays never change, so the cache never expires. */
const holidayCache = new Map<string, Map<string, PublicHoliday>>();

function namesOf(holiday: { name: string; translate: (lang?: string) => string | undefined }): Record<Locale, string> {
  return { de: holiday.translate('de') ?? holiday.name, en: holiday.translate('en') ?? holiday.name };
}

function holidaysOfYear(year: number, state: FederalState): Map<string, PublicHoliday> {
  const cacheKey = `${state}:${year}`;
  const cached = holidayCache.get(cacheKey);
  if (cached) return cached;
  const byDate = new Map<string, PublicHoliday>();
  for (const holiday of getHolidays(year, state)) {
    // feiertagejs puts every holiday at noon UTC. Its own dateString uses the machine's zone, which
    // shifts the day east of UTC+12, so the calendar date is read in UTC instead.
    const key = civilKey({
      year: holiday.date.getUTCFullYear(),
      month: holiday.date.getUTCMonth() + 1,
      day: holiday.date.getUTCDate(),
    });
    byDate.set(key, { id: holiday.name, name: namesOf(holiday) });
  }
  holidayCache.set(cacheKey, byDate);
  return byDate;
}

/** All public holidays of a year in the state, by date, for the settings page to preview. */
export function publicHolidaysOfYear(year: number, state: FederalState): { date: string; holiday: PublicHoliday }[] {
  return [...holidaysOfYear(year, state)].map(([date, holiday]) => ({ date, holiday }));
}

/**
 * The public holiday on a calendar day in the state, if any. Sundays that are also holidays
 * (Easter Sunday in Brandenburg) count too; the day is closed either way.
 */
export function publicHolidayOn(date: CivilDate, state: FederalState | null): PublicHoliday | undefined {
  if (state === null) return undefined;
  return holidaysOfYear(date.year, state).get(civilKey(date));
}

/** The company holiday range (inclusive at both ends) that contains the day, if any. */
export function companyHolidayOn(date: CivilDate, companyHolidays: readonly CompanyHoliday[]): CompanyHoliday | undefined {
  const key = civilKey(date);
  // "yyyy-MM-dd" strings compare like the dates they name.
  return companyHolidays.find((range) => range.from <= key && key <= range.to);
}

/**
 * Why a whole day is closed, if it is. Company holidays win over public holidays: they explain
 * the longer closure ("Betriebsferien" until the 7th) rather than the single day.
 */
export function closureOn(date: CivilDate, hours: Pick<OpeningHours, 'federalState' | 'companyHolidays'>): DayClosure | undefined {
  const company = companyHolidayOn(date, hours.companyHolidays);
  if (company) return { kind: 'company-holiday', holiday: company };
  const holiday = publicHolidayOn(date, hours.federalState);
  if (holiday) return { kind: 'public-holiday', holiday };
  return undefined;
}

let namesById: Map<PublicHolidayId, Record<Locale, string>> | undefined;

/**
 * A public holiday's name in the language asked for, from its id alone: a status may have been
 * computed in another part of the extension (background vs. content script).
 */
export function publicHolidayName(id: PublicHolidayId, locale: Locale): string | undefined {
  // 'ALL' lists every holiday of every state; the year only has to be one where all exist.
  namesById ??= new Map(getHolidays(2024, 'ALL').map((holiday) => [holiday.name, namesOf(holiday)]));
  return namesById.get(id)?.[locale];
}
