/**
 * Company holidays: date ranges (first and last day closed) with an optional label.
 * UI contract: data-zettel="company-holiday" with "holiday-from", "holiday-to", "holiday-label";
 * actions "add-company-holiday", "remove-company-holiday".
 */
import type { HoursError } from '../../../utils/hours/index.ts';
import { t } from '../../../utils/i18n.ts';
import { errorAt, type HolidayDraft } from './draft.ts';

interface Props {
  holidays: HolidayDraft[];
  errors: readonly HoursError[];
  onChange(holidays: HolidayDraft[]): void;
}

const FIELDS = [
  { field: 'from', type: 'date', hook: 'holiday-from', label: 'hours_options_holidayFrom' },
  { field: 'to', type: 'date', hook: 'holiday-to', label: 'hours_options_holidayTo' },
  { field: 'label', type: 'text', hook: 'holiday-label', label: 'hours_options_holidayLabel' },
] as const satisfies readonly { field: keyof HolidayDraft; type: string; hook: string; label: string }[];

const rowStyle = { display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap', marginBottom: 6 } as const;

export function HolidaysEditor({ holidays, errors, onChange }: Props) {
  const set = (index: number, patch: Partial<HolidayDraft>) => onChange(holidays.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <div data-zettel="company-holidays">
      {holidays.length === 0 && <p className="muted">{t('hours_options_noHolidays')}</p>}
      {holidays.map((holiday, index) => (
        <div key={index} data-zettel="company-holiday" style={rowStyle}>
          {FIELDS.map(({ field, type, hook, label }) => (
            <label key={field} className="field">
              {t(label)}
              <input
                type={type}
                data-zettel={hook}
                value={holiday[field]}
                maxLength={field === 'label' ? 100 : undefined}
                aria-invalid={errorAt(errors, 'companyHolidays', index, field) ? true : undefined}
                onChange={(event) => set(index, { [field]: event.target.value })}
              />
            </label>
          ))}
          <button
            type="button"
            data-zettel-action="remove-company-holiday"
            aria-label={`${index + 1}: ${t('hours_options_removeHoliday')}`}
            onClick={() => onChange(holidays.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" data-zettel-action="add-company-holiday" onClick={() => onChange([...holidays, { from: '', to: '', label: '' }])}>
        {t('hours_options_addHoliday')}
      </button>
    </div>
  );
}
