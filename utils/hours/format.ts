/**
 * Text for the status chip in WhatsApp Web's side header. English uses the 24-hour clock like the
 * German: the staff of a German firm read "17:00" on every sign, invoice and settings page, and
 * the times must match what they entered.
 *
 * The word templates live here, one small table per language, until they move into
 * public/_locales (the chip's feature will pass the localized templates in).
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { de as dateFnsDe, enGB as dateFnsEn } from 'date-fns/locale';
import type { HoursStatus, Locale, WallTime } from './model';
import { publicHolidayName } from './holidays';
import { civilDateAt, civilDaysBetween, parseWallTime } from './wall-clock';

export const DATE_FNS_LOCALES = { de: dateFnsDe, en: dateFnsEn } as const;

const STATUS_WORDS = {
  de: {
    openUntil: 'Geöffnet bis {time}',
    openWithoutEnd: 'Geöffnet',
    closed: 'Geschlossen',
    closedBecause: 'Geschlossen ({reason})',
    closedOpens: '{closed} – öffnet {time}',
    closedNoHours: 'Geschlossen – keine Öffnungszeiten hinterlegt',
    companyHoliday: 'Betriebsferien',
    today: 'heute {time}',
    tomorrow: 'morgen {time}',
    // date-fns patterns: "Mo. 7:00", "Do. 7. Jan. 7:00", "Do. 7. Jan. 2027 7:00"
    weekdayTime: 'EEE H:mm',
    dateTime: 'EEE d. MMM H:mm',
    dateYearTime: 'EEE d. MMM yyyy H:mm',
  },
  en: {
    openUntil: 'Open until {time}',
    openWithoutEnd: 'Open',
    closed: 'Closed',
    closedBecause: 'Closed ({reason})',
    closedOpens: '{closed} — opens {time}',
    closedNoHours: 'Closed — no opening hours set',
    companyHoliday: 'Company holiday',
    today: 'today {time}',
    tomorrow: 'tomorrow {time}',
    // "Mon 7:00", "Thu 7 Jan 7:00", "Thu 7 Jan 2027 7:00"
    weekdayTime: 'EEE H:mm',
    dateTime: 'EEE d MMM H:mm',
    dateYearTime: 'EEE d MMM yyyy H:mm',
  },
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
export function formatMoment(moment: Date, now: Date, locale: Locale, timeZone: string, { omitToday = false } = {}): string {
  const words = STATUS_WORDS[locale];
  const options = { locale: DATE_FNS_LOCALES[locale], in: tz(timeZone) };
  const days = civilDaysBetween(civilDateAt(now, timeZone), civilDateAt(moment, timeZone));
  const time = format(moment, 'H:mm', options);
  if (days === 0) return omitToday ? time : fillTemplate(words.today, { time });
  if (days === 1) return fillTemplate(words.tomorrow, { time });
  if (days > 1 && days < 7) return format(moment, words.weekdayTime, options);
  return format(moment, Math.abs(days) >= SHOW_YEAR_FROM_DAYS ? words.dateYearTime : words.dateTime, options);
}

function closedReasonText(status: Extract<HoursStatus, { open: false }>, locale: Locale): string | undefined {
  if (status.reason === 'company-holiday') return status.holidayName ?? STATUS_WORDS[locale].companyHoliday;
  if (status.reason === 'public-holiday') {
    return (status.holidayId && publicHolidayName(status.holidayId, locale)) || status.holidayName;
  }
  return undefined;
}

/**
 * "Geöffnet bis 17:00", "Geschlossen – öffnet Mo. 7:00", "Geschlossen (Fronleichnam) – öffnet
 * Fr. 7:00"; "Open until 17:00", "Closed — opens Mon 7:00".
 */
export function formatStatus(status: HoursStatus, now: Date, locale: Locale): string {
  const words = STATUS_WORDS[locale];
  if (status.open) {
    if (!status.until) return words.openWithoutEnd;
    // Closing later today needs no "today": "Geöffnet bis 17:00".
    const time = formatMoment(status.until, now, locale, status.timeZone, { omitToday: true });
    return fillTemplate(words.openUntil, { time });
  }
  if (status.reason === 'no-hours') return words.closedNoHours;
  const reason = closedReasonText(status, locale);
  const closed = reason ? fillTemplate(words.closedBecause, { reason }) : words.closed;
  if (!status.opensAt) return closed;
  return fillTemplate(words.closedOpens, { closed, time: formatMoment(status.opensAt, now, locale, status.timeZone) });
}
