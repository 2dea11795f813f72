/**
 * Options › Opening hours: weekly hours, time zone, federal state (public holidays), company holidays,
 * the away text with a preview of the text and of the status now, and the opt-in automatic reply.
 * The form edits a working copy; "Save" validates it (utils/hours) and writes the settings, which the
 * WhatsApp page follows live. Errors are listed in words and marked on their fields.
 * UI contract (besides the editors'): data-zettel="hours-settings", "hours-time-zone",
 * "hours-federal-state", "away-text", "hours-status-preview", "away-text-preview", "hours-errors",
 * "hours-save-status" (data-state saved|error); actions "save-hours", "reset-hours".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import {
  AWAY_TEXT_PLACEHOLDERS,
  DEFAULT_AWAY_TEXT,
  FEDERAL_STATES,
  awayWords,
  effectiveAwayText,
  formatStatus,
  openingHoursFromSettings,
  publicHolidaysOfYear,
  renderAwayText,
  statusAt,
  statusWords,
  type AutoReplySetting,
  type FederalState,
  type OpeningHours,
} from '../../../utils/hours/index.ts';
import { t, uiLanguage } from '../../../utils/i18n.ts';
import { AutoReplySettings } from './AutoReplySettings.tsx';
import { draftFromSettings, errorAt, errorMessage, stateName, validateDraft, type HoursDraft } from './draft.ts';
import { HolidaysEditor } from './HolidaysEditor.tsx';
import { WeekEditor } from './WeekEditor.tsx';

const TIME_ZONES: readonly string[] = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

function previews(hours: OpeningHours, locale: 'de' | 'en'): { status: string; away: string } {
  const now = new Date();
  const status = statusAt(hours, now);
  // While open, the text is shown as it will read at closing time: that is when it goes out.
  const sentAt = status.open && status.until ? status.until : now;
  const away = statusAt(hours, sentAt);
  return {
    status: formatStatus(status, now, locale, statusWords(t)),
    away: renderAwayText(hours.awayText, { nextOpening: away.open ? null : away.opensAt, locale, timeZone: hours.timeZone, week: hours.week, words: awayWords(t) }),
  };
}

/** The next few public holidays of the state, so the user sees the choice has an effect. */
function nextHolidays(state: FederalState, locale: 'de' | 'en'): string {
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  return [...publicHolidaysOfYear(year, state), ...publicHolidaysOfYear(year + 1, state)]
    .filter(({ date }) => date >= today)
    .slice(0, 3)
    .map(({ date, holiday }) => `${date.slice(8, 10)}.${date.slice(5, 7)}. ${holiday.name[locale]}`)
    .join(', ');
}

export function HoursSection() {
  const db = openZettelDatabase();
  const locale = uiLanguage();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const storedDraft = useMemo(() => (settings ? draftFromSettings(settings, locale) : null), [settings, locale]);
  const [draft, setDraft] = useState<HoursDraft | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [saveState, setSaveState] = useState<'idle' | 'saved' | 'error'>('idle');
  const dirty = draft !== null && storedDraft !== null && JSON.stringify(draft) !== JSON.stringify(storedDraft);

  // Follow the stored settings until the user starts editing.
  useEffect(() => {
    if (storedDraft && (draft === null || !dirty)) setDraft(storedDraft);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of what is stored matters
  }, [storedDraft]);

  const validated = useMemo(() => (draft ? validateDraft(draft, locale) : null), [draft, locale]);
  if (!settings || !draft || !validated) return null;

  const errors = showErrors && !validated.ok ? validated.errors : [];
  const preview = validated.ok ? previews(validated.hours, locale) : null;
  const storedHours = openingHoursFromSettings(settings, locale);
  const storedAwayText = effectiveAwayText(settings['away.text'], locale);
  const example = storedHours.ok ? previews(storedHours.value, locale).away : null;

  const edit = (patch: Partial<HoursDraft>) => {
    setDraft({ ...draft, ...patch });
    setSaveState('idle');
  };
  const save = async () => {
    if (!validated.ok) {
      setShowErrors(true);
      setSaveState('error');
      return;
    }
    for (const [key, value] of Object.entries(validated.stored)) {
      await updateSetting(db, { key: key as keyof typeof validated.stored, value } as Parameters<typeof updateSetting>[1]);
    }
    setShowErrors(false);
    setSaveState('saved');
  };

  return (
    <form
      data-zettel="hours-settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="muted">{t('hours_options_intro')}</p>

      <div className="card">
        <h3>{t('hours_options_week')}</h3>
        <p className="hint">{t('hours_options_weekHint')}</p>
        <WeekEditor week={draft.week} errors={errors} onChange={(week) => edit({ week })} />
      </div>

      <div className="card">
        <label className="field">
          {t('hours_options_timeZone')}
          <input
            type="text"
            list="zettel-time-zones"
            data-zettel="hours-time-zone"
            value={draft.timeZone}
            aria-invalid={errorAt(errors, 'timeZone') ? true : undefined}
            onChange={(event) => edit({ timeZone: event.target.value })}
          />
        </label>
        <datalist id="zettel-time-zones">
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p className="hint">{t('hours_options_timeZoneHint')}</p>
        <label className="field">
          {t('hours_options_federalState')}
          <select data-zettel="hours-federal-state" value={draft.federalState} onChange={(event) => edit({ federalState: event.target.value })}>
            <option value="">{t('hours_options_noState')}</option>
            {FEDERAL_STATES.map((state) => (
              <option key={state} value={state}>
                {stateName(state)}
              </option>
            ))}
          </select>
        </label>
        {draft.federalState !== '' && (
          <p className="hint" data-zettel="hours-next-holidays">
            {t('hours_options_nextHolidays')}: {nextHolidays(draft.federalState as FederalState, locale)}
          </p>
        )}
      </div>

      <div className="card">
        <h3>{t('hours_options_companyHolidays')}</h3>
        <p className="hint">{t('hours_options_companyHolidaysHint')}</p>
        <HolidaysEditor holidays={draft.holidays} errors={errors} onChange={(holidays) => edit({ holidays })} />
      </div>

      <div className="card">
        <label className="field">
          {t('hours_options_awayText')}
          <textarea
            data-zettel="away-text"
            rows={4}
            value={draft.awayText}
            placeholder={DEFAULT_AWAY_TEXT[locale]}
            aria-invalid={errorAt(errors, 'awayText') ? true : undefined}
            onChange={(event) => edit({ awayText: event.target.value })}
          />
        </label>
        <p className="hint">
          {t('hours_options_awayTextHint')} ({AWAY_TEXT_PLACEHOLDERS[locale].join(', ')})
        </p>
        <h4>{t('hours_options_preview')}</h4>
        {preview ? (
          <>
            <p>
              {t('hours_options_statusNow')}: <strong data-zettel="hours-status-preview">{preview.status}</strong>
            </p>
            <blockquote data-zettel="away-text-preview" style={{ whiteSpace: 'pre-wrap', margin: 0, paddingLeft: 10, borderLeft: '3px solid var(--line)' }}>
              {preview.away}
            </blockquote>
          </>
        ) : (
          <p className="muted">{t('hours_options_invalidPreview')}</p>
        )}
      </div>

      {errors.length > 0 && (
        <div role="alert" data-zettel="hours-errors" className="card">
          <p className="field-error">{t('hours_options_notSaved')}</p>
          <ul>
            {errors.map((error, index) => (
              <li key={index} className="field-error">
                {errorMessage(error)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="actions">
        <button type="submit" className="primary" data-zettel-action="save-hours">
          {t('hours_options_save')}
        </button>
        <button
          type="button"
          data-zettel-action="reset-hours"
          disabled={!dirty}
          onClick={() => {
            setDraft(storedDraft);
            setShowErrors(false);
            setSaveState('idle');
          }}
        >
          {t('hours_options_reset')}
        </button>
        <span data-zettel="hours-save-status" data-state={saveState} role="status" className={saveState === 'error' ? 'field-error' : 'muted'}>
          {saveState === 'saved' ? t('hours_options_saved') : ''}
        </span>
      </div>

      <AutoReplySettings
        setting={settings['away.autoReply'] as AutoReplySetting}
        awayText={storedAwayText}
        example={example}
        unsaved={dirty}
        onSave={(value) => void updateSetting(db, { key: 'away.autoReply', value })}
      />
    </form>
  );
}
