import { describe, expect, it } from 'vitest';
import { DEFAULT_AWAY_TEXT, effectiveAwayText, openingHoursFromSettings, settingsFromOpeningHours, type StoredHours } from '../../../utils/hours';
import { defaultSettings } from '../../../utils/db/settings';

const stored = (overrides: Partial<StoredHours> = {}): StoredHours => {
  const defaults = defaultSettings();
  return {
    'hours.weekly': defaults['hours.weekly'],
    'hours.timeZone': defaults['hours.timeZone'],
    'hours.federalState': defaults['hours.federalState'],
    'hours.companyHolidays': defaults['hours.companyHolidays'],
    'away.text': defaults['away.text'],
    ...overrides,
  };
};

describe('stored settings ⇄ OpeningHours', () => {
  it('the stored defaults are valid opening hours, Monday first', () => {
    const parsed = openingHoursFromSettings(stored(), 'de');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.week.mon).toEqual([{ start: '07:00', end: '17:00' }]);
    expect(parsed.value.week.fri).toEqual([{ start: '07:00', end: '15:00' }]);
    expect(parsed.value.week.sun).toEqual([]);
    expect(parsed.value.awayText).toBe(DEFAULT_AWAY_TEXT.de);
  });

  it('an empty away text is the default of the UI language; a typed one is kept', () => {
    expect(effectiveAwayText('', 'en')).toBe(DEFAULT_AWAY_TEXT.en);
    expect(effectiveAwayText('  ', 'de')).toBe(DEFAULT_AWAY_TEXT.de);
    expect(effectiveAwayText('Bis morgen {Wieder da}', 'en')).toBe('Bis morgen {Wieder da}');
  });

  it('company holiday names become labels and back; an empty name is no label', () => {
    const value = stored({
      'hours.federalState': 'BY',
      'hours.companyHolidays': [
        { from: '2026-12-24', to: '2027-01-06', name: 'Betriebsferien' },
        { from: '2026-08-03', to: '2026-08-14', name: '' },
      ],
    });
    const parsed = openingHoursFromSettings(value, 'de');
    expect(parsed.ok && parsed.value.companyHolidays).toEqual([
      { from: '2026-12-24', to: '2027-01-06', label: 'Betriebsferien' },
      { from: '2026-08-03', to: '2026-08-14' },
    ]);
    if (parsed.ok) expect(settingsFromOpeningHours(parsed.value)).toEqual(value);
  });

  it('invalid stored values are reported, not used', () => {
    const parsed = openingHoursFromSettings(stored({ 'hours.timeZone': 'Mars/Olympus' }), 'de');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((error) => error.code)).toEqual(['unknown-time-zone']);
  });
});
