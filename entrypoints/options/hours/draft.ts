/**
 * The options form's working copy of the opening-hours settings, its validation (utils/hours'
 * parseOpeningHours plus the stored settings' own limits) and the readable messages for its errors.
 */
import {
  FEDERAL_STATES,
  WEEKDAYS,
  effectiveAwayText,
  openingHoursDraft,
  parseOpeningHours,
  settingsFromOpeningHours,
  type HoursError,
  type Locale,
  type OpeningHours,
  type StoredHours,
  type Weekday,
} from '../../../utils/hours/index.ts';
import { t } from '../../../utils/i18n.ts';

export interface HolidayDraft {
  from: string;
  to: string;
  label: string;
}

export interface HoursDraft {
  week: Record<Weekday, { start: string; end: string }[]>;
  timeZone: string;
  /** '' = none. */
  federalState: string;
  holidays: HolidayDraft[];
  /** As typed; '' = the default text. */
  awayText: string;
}

/** The stored settings' limit per day (utils/db/settings.ts). */
export const MAX_INTERVALS_PER_DAY = 8;

export function draftFromSettings(stored: StoredHours, locale: Locale): HoursDraft {
  const hours = openingHoursDraft(stored, locale);
  return {
    week: hours.week,
    timeZone: hours.timeZone,
    federalState: hours.federalState ?? '',
    holidays: stored['hours.companyHolidays'].map(({ from, to, name }) => ({ from, to, label: name })),
    awayText: stored['away.text'],
  };
}

export type Validated = { ok: true; hours: OpeningHours; stored: StoredHours } | { ok: false; errors: HoursError[] };

export function validateDraft(draft: HoursDraft, locale: Locale): Validated {
  const candidate = {
    timeZone: draft.timeZone.trim(),
    week: draft.week,
    federalState: draft.federalState === '' ? null : draft.federalState,
    companyHolidays: draft.holidays.map(({ from, to, label }) => (label.trim() ? { from, to, label: label.trim() } : { from, to })),
    awayText: effectiveAwayText(draft.awayText, locale),
  };
  const tooMany: HoursError[] = WEEKDAYS.filter((day) => draft.week[day].length > MAX_INTERVALS_PER_DAY).map((day) => ({
    code: 'invalid-value',
    path: ['week', day],
    params: { tooMany: MAX_INTERVALS_PER_DAY },
  }));
  const parsed = parseOpeningHours(candidate);
  if (!parsed.ok || tooMany.length > 0) return { ok: false, errors: inFormOrder([...tooMany, ...(parsed.ok ? [] : parsed.errors)]) };
  const stored = settingsFromOpeningHours(parsed.value);
  // The typed text is kept as typed ('' stays the default in whatever language the UI has later).
  return { ok: true, hours: parsed.value, stored: { ...stored, 'away.text': draft.awayText.trim() === '' ? '' : draft.awayText } };
}

const SECTION_ORDER = ['week', 'timeZone', 'federalState', 'companyHolidays', 'awayText'];

/** Errors in the order their fields appear on the page (zod reports them in schema order). */
function inFormOrder(errors: HoursError[]): HoursError[] {
  const rank = (error: HoursError): number[] => {
    const [section, a, b] = error.path;
    const first = SECTION_ORDER.indexOf(String(section));
    const second = section === 'week' ? WEEKDAYS.indexOf(a as Weekday) : typeof a === 'number' ? a : 0;
    return [first < 0 ? SECTION_ORDER.length : first, second, typeof b === 'number' ? b : -1];
  };
  return [...errors].sort((x, y) => {
    const [rx, ry] = [rank(x), rank(y)];
    return (rx[0]! - ry[0]!) || (rx[1]! - ry[1]!) || (rx[2]! - ry[2]!);
  });
}

export function dayName(day: Weekday): string {
  const names: Record<Weekday, string> = {
    mon: t('hours_day_mon'),
    tue: t('hours_day_tue'),
    wed: t('hours_day_wed'),
    thu: t('hours_day_thu'),
    fri: t('hours_day_fri'),
    sat: t('hours_day_sat'),
    sun: t('hours_day_sun'),
  };
  return names[day];
}

export function stateName(state: string): string {
  const names: Record<(typeof FEDERAL_STATES)[number], string> = {
    BW: t('hours_state_BW'),
    BY: t('hours_state_BY'),
    BE: t('hours_state_BE'),
    BB: t('hours_state_BB'),
    HB: t('hours_state_HB'),
    HE: t('hours_state_HE'),
    HH: t('hours_state_HH'),
    MV: t('hours_state_MV'),
    NI: t('hours_state_NI'),
    NW: t('hours_state_NW'),
    RP: t('hours_state_RP'),
    SL: t('hours_state_SL'),
    SN: t('hours_state_SN'),
    ST: t('hours_state_ST'),
    SH: t('hours_state_SH'),
    TH: t('hours_state_TH'),
  };
  return names[state as keyof typeof names] ?? state;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));

function intervalName(day: unknown, index: unknown): string {
  const weekday = WEEKDAYS.includes(day as Weekday) ? dayName(day as Weekday) : String(day);
  return typeof index === 'number' ? `${weekday}, ${fill(t('hours_options_intervalN'), { n: index + 1 })}` : weekday;
}

/** Where an error is, in words ("Dienstag, Zeitraum 2"); '' for whole-form fields. */
function placeOf(error: HoursError): string {
  const [section, a, b] = error.path;
  if (section === 'week') return intervalName(a, b);
  if (section === 'companyHolidays' && typeof a === 'number') return fill(t('hours_options_holidayN'), { n: a + 1 });
  if (section === 'timeZone') return t('hours_options_timeZone');
  if (section === 'federalState') return t('hours_options_federalState');
  if (section === 'awayText') return t('hours_options_awayText');
  return '';
}

function whatOf(error: HoursError): string {
  const params = error.params;
  switch (error.code) {
    case 'invalid-time':
      return t('hours_error_invalidTime');
    case 'empty-interval':
      return t('hours_error_emptyInterval');
    case 'overlapping-intervals':
      return fill(t('hours_error_overlapping'), { other: intervalName(params.otherDay, params.otherIndex) });
    case 'unknown-time-zone':
      return t('hours_error_unknownTimeZone');
    case 'unknown-federal-state':
      return t('hours_error_unknownState');
    case 'invalid-date':
      return t('hours_error_invalidDate');
    case 'holiday-ends-before-start':
      return t('hours_error_holidayEndsBeforeStart');
    case 'label-too-long':
      return fill(t('hours_error_labelTooLong'), params);
    case 'away-text-too-long':
      return fill(t('hours_error_awayTextTooLong'), params);
    case 'invalid-value':
      return 'tooMany' in params ? t('hours_error_tooManyIntervals') : t('hours_error_invalidValue');
  }
}

export function errorMessage(error: HoursError): string {
  const place = placeOf(error);
  return place ? `${place}: ${whatOf(error)}` : whatOf(error);
}

/** Does this error belong to the field at `path` (or a field inside it)? */
export function errorAt(errors: readonly HoursError[], ...path: (string | number)[]): HoursError | undefined {
  return errors.find((error) => path.every((key, index) => error.path[index] === key));
}
