/**
 * Weekly opening hours: per weekday any number of periods (up to the stored limit), each with a start
 * and an end; an end at or before the start runs past midnight.
 * UI contract: data-zettel="hours-day" (data-day), "hours-interval" with "interval-start"/"interval-end"
 * time inputs; actions "add-interval", "remove-interval".
 */
import { WEEKDAYS, type HoursError, type Weekday } from '../../../utils/hours/index.ts';
import { t } from '../../../utils/i18n.ts';
import { MAX_INTERVALS_PER_DAY, dayName, errorAt, type HoursDraft } from './draft.ts';

interface Props {
  week: HoursDraft['week'];
  errors: readonly HoursError[];
  onChange(week: HoursDraft['week']): void;
}

const rowStyle = { display: 'grid', gridTemplateColumns: '8em 1fr', gap: 8, alignItems: 'start', padding: '6px 0', borderTop: '1px solid var(--line)' } as const;
const intervalStyle = { display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap', marginBottom: 4 } as const;

export function WeekEditor({ week, errors, onChange }: Props) {
  const update = (day: Weekday, intervals: HoursDraft['week'][Weekday]) => onChange({ ...week, [day]: intervals });
  return (
    <div data-zettel="hours-week">
      {WEEKDAYS.map((day) => {
        const intervals = week[day];
        const name = dayName(day);
        return (
          <div key={day} data-zettel="hours-day" data-day={day} style={rowStyle} role="group" aria-label={name}>
            <strong>{name}</strong>
            <div>
              {intervals.length === 0 && <span className="muted">{t('hours_options_closedDay')} </span>}
              {intervals.map((interval, index) => {
                // Overlaps and empty periods are about the whole period: both inputs are marked.
                const whole = errors.some((error) => error.path.length === 3 && error.path[0] === 'week' && error.path[1] === day && error.path[2] === index);
                const invalid = (field: 'start' | 'end') => whole || errorAt(errors, 'week', day, index, field) !== undefined;
                const set = (field: 'start' | 'end', value: string) => update(day, intervals.map((item, i) => (i === index ? { ...item, [field]: value } : item)));
                return (
                  <div key={index} data-zettel="hours-interval" style={intervalStyle}>
                    {t('hours_options_from')}
                    <input
                      type="time"
                      data-zettel="interval-start"
                      aria-label={`${name} ${index + 1}: ${t('hours_options_intervalStart')}`}
                      aria-invalid={invalid('start') ? true : undefined}
                      value={interval.start}
                      onChange={(event) => set('start', event.target.value)}
                    />
                    {t('hours_options_to')}
                    <input
                      type="time"
                      data-zettel="interval-end"
                      aria-label={`${name} ${index + 1}: ${t('hours_options_intervalEnd')}`}
                      aria-invalid={invalid('end') ? true : undefined}
                      value={interval.end}
                      onChange={(event) => set('end', event.target.value)}
                    />
                    <button
                      type="button"
                      data-zettel-action="remove-interval"
                      aria-label={`${name} ${index + 1}: ${t('hours_options_removeInterval')}`}
                      onClick={() => update(day, intervals.filter((_, i) => i !== index))}
                    >
                      ✕
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                data-zettel-action="add-interval"
                aria-label={`${name}: ${t('hours_options_addInterval')}`}
                disabled={intervals.length >= MAX_INTERVALS_PER_DAY}
                onClick={() => {
                  const last = intervals.at(-1);
                  // A sensible next period: after the last one, else a working day.
                  const next = last ? { start: last.end, end: last.end < '18:00' ? '18:00' : '23:00' } : { start: '08:00', end: '17:00' };
                  update(day, [...intervals, next]);
                }}
              >
                {t('hours_options_addInterval')}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
