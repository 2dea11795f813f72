/**
 * The opening-hours settings as stored and edited. Pure data: every function in utils/hours takes
 * these values explicitly, so the logic never depends on the machine's clock or time zone.
 */

/** The languages Zettel speaks (UI and away text). */
export type Locale = 'de' | 'en';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** German federal states as feiertagejs names them (ISO 3166-2:DE without the "DE-" prefix). */
export const FEDERAL_STATES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;
export type FederalState = (typeof FEDERAL_STATES)[number];

/** A wall-clock time "HH:mm" (24 h) in the configured time zone. */
export type WallTime = string;

/**
 * One opening interval of a weekday. When `end <= start` the interval runs past midnight into the
 * next day ("22:00"–"02:00"); "00:00"–"00:00" is the whole day.
 */
export interface OpeningInterval {
  start: WallTime;
  end: WallTime;
}

export type WeeklyHours = Record<Weekday, OpeningInterval[]>;

/** Inclusive calendar-date range ("yyyy-MM-dd") in the configured time zone. */
export interface CompanyHoliday {
  from: string;
  to: string;
  label?: string;
}

export interface OpeningHours {
  /** IANA zone the wall-clock times are meant in; the firm's, not the browser's. */
  timeZone: string;
  week: WeeklyHours;
  /** Whose public holidays close the firm; null = no public holidays. */
  federalState: FederalState | null;
  companyHolidays: CompanyHoliday[];
  /** Template for the away reply; see renderAwayText for the placeholders. */
  awayText: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export const DEFAULT_AWAY_TEXT = {
  de: 'Vielen Dank für Ihre Nachricht! Wir sind gerade nicht im Büro und melden uns ab {Wieder da}. Unsere Öffnungszeiten: {Öffnungszeiten}.',
  en: 'Thank you for your message! We are out of the office right now and will get back to you from {Back at}. Our opening hours: {Opening hours}.',
} as const;

const workday = (): OpeningInterval[] => [
  { start: '07:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

/** A typical German trades firm: Mon–Fri 7–12 and 13–17, closed at weekends. */
export function defaultOpeningHours(locale: Locale = 'de'): OpeningHours {
  // A factory rather than a constant: callers edit the result, and shared nested arrays would leak edits.
  return {
    timeZone: DEFAULT_TIME_ZONE,
    week: { mon: workday(), tue: workday(), wed: workday(), thu: workday(), fri: workday(), sat: [], sun: [] },
    federalState: null,
    companyHolidays: [],
    awayText: DEFAULT_AWAY_TEXT[locale],
  };
}

export type ClosedReason = 'outside-hours' | 'public-holiday' | 'company-holiday' | 'no-hours';

/** Which of feiertagejs's holidays it is, so the name can be shown in either language. */
export type PublicHolidayId = string;

export type HoursStatus =
  | {
      open: true;
      /** When it closes; null if it does not close within the search horizon (e.g. open 24/7). */
      until: Date | null;
      timeZone: string;
    }
  | {
      open: false;
      reason: ClosedReason;
      /** German name of the public holiday, or the company holiday's label. */
      holidayName?: string;
      /** feiertagejs id of the public holiday (e.g. "FRONLEICHNAM"), for translation. */
      holidayId?: PublicHolidayId;
      /** Next opening; null if it does not open within the search horizon. */
      opensAt: Date | null;
      timeZone: string;
    };

/** How far statusAt and friends look ahead or back before giving up (empty week, endless holidays). */
export const SEARCH_HORIZON_DAYS = 400;
