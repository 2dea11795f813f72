/**
 * Text for the status chip in WhatsApp Web's side header. English uses the 24-hour clock like the
 * German: the staff of a German firm read "17:00" on every sign, invoice and settings page, and
 * the times must match what they entered.
 *
 * The words come from public/_locales (words.ts builds them with t()); only date-fns patterns live here.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { de as dateFnsDe, enGB as dateFnsEn } from 'date-fns/locale';
import type { HoursStatus, Locale, WallTime } from './model';
import { publicHolidayName } from './holidays';
import { civilDateAt, civilDaysBetween, parseWallTime } from './wall-clock';

export const DATE_FNS_LOCALES = { de: dateFnsDe, en: dateFnsEn } as const;

/** The chip's words, from public/_locales (see words.ts); "{time}", "{reason}", "{closed}" are slots. */
export interface StatusWords {
  openUntil: string;
  openWithoutEnd: string;
  closed: string;
  closedBecause: string;
  closedOpens: string;
  closedNoHours: string;
  companyHoliday: string;
  today: string;
  tomorrow: string;
}

/** date-fns patterns stay with the code: they go with date-fns's own de/enGB month and day names. */
const STATUS_PATTERNS = {
  // "Mo. 7:00", "Do. 7. Jan. 7:00", "Do. 7. Jan. 2027 7:00"
  de: { weekdayTime: 'EEE H:mm', dateTime: 'EEE d. MMM H:mm', dateYearTime: 'EEE d. MMM yyyy H:mm' },
  // "Mon 7:00", "Thu 7 Jan 7:00", "Thu 7 Jan 2027 7:00"
  en: { weekdayTime: 'EEE H:mm', dateTime: 'EEE d MMM H:mm', dateYearTime: 'EEE d MMM yyyy H:mm' },
} as const satisfies Record<Locale, Record<string, string>>;

/** Moments further away than this show their year, so a far-off reopening is not misread. */
const SHOW_YEAR_FROM_DAYS = 180;

/** Fills "{name}" slots of our own templates; values are inserted as they are. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** "07:00" → "7:00": hours without a leading zero, as on German signs. */
export function displayWallTime(time: WallTime): string {
  const { hours, minutes } = parseWallTime(time);
  return `${hours}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A moment relative to now, in the firm's zone: "heute 13:00", "morgen 7:00", "Fr. 7:00"
 * within the coming week, otherwise with the date.
 */
export function formatMoment(
  moment: Date,
  now: Date,
  locale: Locale,
  timeZone: string,
  words: Pick<StatusWords, 'today' | 'tomorrow'>,
  { omitToday = false } = {},
): string {
  const patterns = STATUS_PATTERNS[locale];
  const options = { locale: DATE_FNS_LOCALES[locale], in: tz(timeZone) };
  const days = civilDaysBetween(civilDateAt(now, timeZone), civilDateAt(moment, timeZone));
  const time = format(moment, 'H:mm', options);
  if (days === 0) return omitToday ? time : fillTemplate(words.today, { time });
  if (days === 1) return fillTemplate(words.tomorrow, { time });
  if (days > 1 && days < 7) return format(moment, patterns.weekdayTime, options);
  return format(moment, Math.abs(days) >= SHOW_YEAR_FROM_DAYS ? patterns.dateYearTime : patterns.dateTime, options);
}

function closedReasonText(status: Extract<HoursStatus, { open: false }>, locale: Locale, words: StatusWords): string | undefined {
  if (status.reason === 'company-holiday') return status.holidayName ?? words.companyHoliday;
  if (status.reason === 'public-holiday') {
    return (status.holidayId && publicHolidayName(status.holidayId, locale)) || status.holidayName;
  }
  return undefined;
}

/**
 * "Geöffnet bis 17:00", "Geschlossen – öffnet Mo. 7:00", "Geschlossen (Fronleichnam) – öffnet
 * Fr. 7:00"; "Open until 17:00", "Closed — opens Mon 7:00".
 */
export function formatStatus(status: HoursStatus, now: Date, locale: Locale, words: StatusWords): string {
  if (status.open) {
    if (!status.until) return words.openWithoutEnd;
    // Closing later today needs no "today": "Geöffnet bis 17:00".
    const time = formatMoment(status.until, now, locale, status.timeZone, words, { omitToday: true });
    return fillTemplate(words.openUntil, { time });
  }
  if (status.reason === 'no-hours') return words.closedNoHours;
  const reason = closedReasonText(status, locale, words);
  const closed = reason ? fillTemplate(words.closedBecause, { reason }) : words.closed;
  if (!status.opensAt) return closed;
  return fillTemplate(words.closedOpens, { closed, time: formatMoment(status.opensAt, now, locale, status.timeZone, words) });
}
