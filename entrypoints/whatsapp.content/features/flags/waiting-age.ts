/**
 * How long a customer has waited, as the row badge shows it: "12 Min.", "3 Std.", "2 Tg." /
 * "12 min", "3 h", "2 d". The arithmetic is date-fns' (whole units, rounded down, so a badge never
 * claims more than has passed); the unit words come from _locales, so German and English read naturally.
 */
import { differenceInDays, differenceInHours, differenceInMinutes } from 'date-fns';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface WaitingAge {
  /** Short form for the badge. */
  short: string;
  /** Whole hours waited (for the overdue threshold). */
  hours: number;
}

export function waitingAge(waitingSince: number, now: number, t: Translate): WaitingAge {
  const since = new Date(waitingSince);
  const at = new Date(Math.max(now, waitingSince));
  const minutes = differenceInMinutes(at, since);
  const hours = differenceInHours(at, since);
  const days = differenceInDays(at, since);
  let short: string;
  if (minutes < 1) short = t('flag_age_now');
  else if (hours < 1) short = t('flag_age_minutes', String(minutes));
  else if (days < 1) short = t('flag_age_hours', String(hours));
  else short = t('flag_age_days', String(days));
  return { short, hours };
}

/** Past the user's threshold (settings: flags.overdueAfterHours) a flag shows the overdue style. */
export function isOverdue(waitingSince: number, now: number, overdueAfterHours: number): boolean {
  return now - waitingSince >= overdueAfterHours * 3_600_000;
}
