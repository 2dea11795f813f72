/**
 * The away reply's text: the user's template with placeholders filled in. The result is plain
 * text for the composer; values are never markup and are not scanned for placeholders again, so
 * nothing a template or a value contains can inject anything.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { WEEKDAYS, type Locale, type OpeningInterval, type WeeklyHours } from './model';
import { DATE_FNS_LOCALES, displayWallTime } from './format';

export interface AwayTextContext {
  /** From statusAt(...).opensAt; null if the firm does not reopen within the search horizon. */
  nextOpening: Date | null;
  locale: Locale;
  /** The firm's zone (OpeningHours.timeZone): the customer reads the firm's times. */
  timeZone: string;
  week: WeeklyHours;
  words: AwayWords;
}

/** The away text's words, from public/_locales (see words.ts). */
export interface AwayWords {
  /** For {Wieder da} when the firm does not reopen within the search horizon. */
  noNextOpening: string;
  /** For {Öffnungszeiten} with an empty week. */
  noHours: string;
}

/** date-fns patterns and separators stay with the code (date-fns names the days and months). */
const AWAY_PATTERNS = {
  // "Montag, 5. Januar um 7:00 Uhr". No year: a reply is read within days of being sent.
  de: { nextOpening: "EEEE, d. MMMM 'um' H:mm 'Uhr'", dayWidth: 'short', groupSeparator: '; ', intervalSeparator: ', ' },
  // "Monday 5 January at 7:00"
  en: { nextOpening: "EEEE d MMMM 'at' H:mm", dayWidth: 'abbreviated', groupSeparator: '; ', intervalSeparator: ', ' },
} as const satisfies Record<Locale, Record<string, string>>;

type Placeholder = 'next-opening' | 'opening-hours';

/** Both languages' names work in any template; matching ignores case and extra spaces. */
const PLACEHOLDERS: Record<string, Placeholder> = {
  'wieder da': 'next-opening',
  'back at': 'next-opening',
  'öffnungszeiten': 'opening-hours',
  'opening hours': 'opening-hours',
};

/** Placeholder names in the form they are offered to users, for the settings page's help text. */
export const AWAY_TEXT_PLACEHOLDERS = {
  de: ['{Wieder da}', '{Öffnungszeiten}'],
  en: ['{Back at}', '{Opening hours}'],
} as const satisfies Record<Locale, readonly string[]>;

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function formatNextOpening(nextOpening: Date | null, locale: Locale, timeZone: string, words: AwayWords): string {
  if (!nextOpening) return words.noNextOpening;
  return format(nextOpening, AWAY_PATTERNS[locale].nextOpening, { locale: DATE_FNS_LOCALES[locale], in: tz(timeZone) });
}

function sameIntervals(a: OpeningInterval[], b: OpeningInterval[]): boolean {
  return a.length === b.length && a.every((item, index) => item.start === b[index]?.start && item.end === b[index]?.end);
}

/**
 * "Mo–Fr 7:00–12:00, 13:00–17:00; Sa 8:00–12:00": runs of days with the same hours joined;
 * closed days left out.
 */
export function summarizeWeek(week: WeeklyHours, locale: Locale, words: AwayWords): string {
  const patterns = AWAY_PATTERNS[locale];
  const dayName = (index: number) =>
    // date-fns counts weekdays from Sunday; WEEKDAYS starts on Monday.
    DATE_FNS_LOCALES[locale].localize.day(((index + 1) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6, { width: patterns.dayWidth });
  const groups: { first: number; last: number; intervals: OpeningInterval[] }[] = [];
  WEEKDAYS.forEach((day, index) => {
    const intervals = week[day];
    const previous = groups.at(-1);
    if (previous && previous.last === index - 1 && sameIntervals(previous.intervals, intervals)) previous.last = index;
    else groups.push({ first: index, last: index, intervals });
  });
  const open = groups.filter((group) => group.intervals.length > 0);
  if (open.length === 0) return words.noHours;
  return open
    .map((group) => {
      const days = group.first === group.last ? dayName(group.first) : `${dayName(group.first)}–${dayName(group.last)}`;
      const times = [...group.intervals]
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((item) => `${displayWallTime(item.start)}–${displayWallTime(item.end)}`)
        .join(patterns.intervalSeparator);
      return `${days} ${times}`;
    })
    .join(patterns.groupSeparator);
}

/**
 * Fills {Wieder da}/{Back at} (the next opening) and {Öffnungszeiten}/{Opening hours} (the weekly
 * summary). Anything else in braces stays as it was written.
 */
export function renderAwayText(template: string, context: AwayTextContext): string {
  // One pass over the template: filled-in values are never looked at again.
  return template.replace(/\{([^{}]*)\}/g, (literal, name: string) => {
    const placeholder = PLACEHOLDERS[normalizeName(name)];
    if (placeholder === 'next-opening') return formatNextOpening(context.nextOpening, context.locale, context.timeZone, context.words);
    if (placeholder === 'opening-hours') return summarizeWeek(context.week, context.locale, context.words);
    return literal;
  });
}
