/**
 * Opening hours, public holidays and away replies (issue 11): pure logic, no browser APIs, no DOM,
 * no database. The options page, the status chip and the auto-reply feature build on this.
 * How the rules work: docs/hours.md.
 */
export {
  DEFAULT_AWAY_TEXT,
  DEFAULT_TIME_ZONE,
  FEDERAL_STATES,
  SEARCH_HORIZON_DAYS,
  WEEKDAYS,
  defaultOpeningHours,
  type ClosedReason,
  type CompanyHoliday,
  type FederalState,
  type HoursStatus,
  type Locale,
  type OpeningHours,
  type OpeningInterval,
  type PublicHolidayId,
  type WallTime,
  type Weekday,
  type WeeklyHours,
} from './model';
export {
  HOURS_ERROR_CODES,
  MAX_AWAY_TEXT_LENGTH,
  MAX_LABEL_LENGTH,
  openingHoursSchema,
  parseOpeningHours,
  type HoursError,
  type HoursErrorCode,
  type ParseResult,
} from './schema';
export { INDEFINITE_CLOSED_PERIOD, closedPeriodId, nextChange, nextDisplayUpdate, statusAt } from './status';
export {
  closureOn,
  publicHolidayName,
  publicHolidayOn,
  publicHolidaysOfYear,
  type DayClosure,
  type PublicHoliday,
} from './holidays';
export type { CivilDate } from './wall-clock';
export { formatStatus } from './format';
export { AWAY_TEXT_PLACEHOLDERS, renderAwayText, summarizeWeek, type AwayTextContext } from './away-text';
export { canSendAwayReply, type AwayReplyDecision, type AwayReplyLogEntry } from './rate-limit';
export { type StatusWords } from './format';
export { type AwayWords } from './away-text';
export { awayWords, statusWords, type Translate } from './words';
export { effectiveAwayText, openingHoursDraft, openingHoursFromSettings, settingsFromOpeningHours, type StoredHours } from './settings';
export { decideAwayAction, type AutoReplySetting, type AwayAction, type AwayFacts } from './away-decision';
