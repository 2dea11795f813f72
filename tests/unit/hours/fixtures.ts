import { readFileSync } from 'node:fs';
import { awayWords, defaultOpeningHours, statusWords, type Locale, type OpeningHours, type WeeklyHours } from '../../../utils/hours';

/** Instants are always written with their offset, so no test depends on the machine's zone. */
export const at = (isoWithOffset: string): Date => new Date(isoWithOffset);

export const emptyWeek = (): WeeklyHours => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

/** The German default (Mon–Fri 7–12, 13–17) with some fields replaced. */
export function hoursWith(overrides: Partial<OpeningHours> = {}): OpeningHours {
  return { ...defaultOpeningHours(), ...overrides };
}

/** The default week with some days replaced. */
export function weekWith(days: Partial<WeeklyHours>): WeeklyHours {
  return { ...defaultOpeningHours().week, ...days };
}

/** The real _locales strings, as the extension's t() would return them in that UI language. */

const catalogs: Record<Locale, Record<string, { message: string }>> = {
  de: JSON.parse(readFileSync(new URL('../../../public/_locales/de/messages.json', import.meta.url), 'utf8')),
  en: JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')),
};

export const translate = (locale: Locale) => (key: string): string => catalogs[locale][key]?.message ?? key;
export const chipWords = (locale: Locale) => statusWords(translate(locale));
export const replyWords = (locale: Locale) => awayWords(translate(locale));
