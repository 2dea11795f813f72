/**
 * The user-visible words of the chip and the away text, from public/_locales: the caller passes its
 * translation function (the content script's, the options page's, or a test's that reads the JSON).
 * Keys are written out literally so the locale meta-test sees them.
 */
import type { AwayWords } from './away-text';
import type { StatusWords } from './format';

export type Translate = (key: string) => string;

export function statusWords(t: Translate): StatusWords {
  return {
    openUntil: t('hours_statusOpenUntil'),
    openWithoutEnd: t('hours_statusOpen'),
    closed: t('hours_statusClosed'),
    closedBecause: t('hours_statusClosedBecause'),
    closedOpens: t('hours_statusClosedOpens'),
    closedNoHours: t('hours_statusNoHours'),
    companyHoliday: t('hours_statusCompanyHoliday'),
    today: t('hours_statusToday'),
    tomorrow: t('hours_statusTomorrow'),
  };
}

export function awayWords(t: Translate): AwayWords {
  return { noNextOpening: t('hours_awayNoNextOpening'), noHours: t('hours_awayNoHours') };
}
