/** The small calendar-date check agrees with date-fns' `isMatch(value, 'yyyy-MM-dd')`, which it replaced. */
import { isMatch } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../utils/hours/calendar-date.ts';

const samples = [
  '2026-12-24', '2026-02-28', '2026-02-29', '2028-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-13-01',
  '2026-00-10', '2026-01-00', '2026-01-32', '0000-01-01', '0001-01-01', '9999-12-31', '2026-1-01', '26-01-01',
  '2026-01-01 ', ' 2026-01-01', '2026/01/01', '', 'x', '2026-01-01T00:00', '٢٠٢٦-٠١-٠١',
];

describe('isCalendarDate', () => {
  it('accepts exactly the days isMatch accepted', () => {
    for (const sample of samples) expect(isCalendarDate(sample), sample).toBe(/^\d{4}-\d{2}-\d{2}$/.test(sample) && isMatch(sample, 'yyyy-MM-dd'));
  });

  it('agrees on every day of a leap and a common year, and one past each month', () => {
    for (const year of [2026, 2028]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isCalendarDate(value), value).toBe(isMatch(value, 'yyyy-MM-dd'));
        }
      }
    }
  });
});
