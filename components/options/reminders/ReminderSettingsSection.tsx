/**
 * Options › Reminders: the time of day of the header menu's "Tomorrow" and "Next Monday" presets
 * (setting `reminders.morningTime`). Written straight to the settings table; the WhatsApp page follows
 * through its live settings subscription (menu texts and the time the presets schedule).
 * UI contract: data-zettel="reminders-morning-time" (text input "HH:MM"; aria-invalid on bad input),
 * data-zettel="reminders-morning-time-error" (why it was not saved), data-zettel="reminders-status"
 * (data-state="ok" after a save).
 * A text field rather than <input type="time">: the time input's look and 12/24-hour display depend on
 * the browser's locale, and a bad value is kept with a message so the user sees what to fix.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { t } from '../../../utils/i18n.ts';
import { parseMorningTime } from '../../../utils/reminders/morning-time.ts';

export function ReminderSettingsSection() {
  const db = openZettelDatabase();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const stored = settings?.['reminders.morningTime'];
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const errorId = useId();
  const hintId = useId();
  useEffect(() => {
    if (stored !== undefined) setText(stored);
  }, [stored]);
  if (!settings || stored === undefined) return null;

  const save = () => {
    const value = parseMorningTime(text);
    if (value === null) {
      setError(t('reminders_options_error_time', [text.trim(), stored]));
      setSaved(false);
      return;
    }
    setError(null);
    setText(value);
    if (value === stored) return;
    void updateSetting(db, { key: 'reminders.morningTime', value }).then(() => setSaved(true));
  };

  return (
    <div className="card">
      <p className="muted">{t('reminders_options_intro')}</p>
      <p>
        <label>
          {t('reminders_options_morning_label')}{' '}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={text}
            style={{ width: '5em' }}
            data-zettel="reminders-morning-time"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
            onBlur={save}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save();
            }}
          />
        </label>{' '}
        <span className="muted" id={hintId}>
          {t('reminders_options_morning_hint')}
        </span>
      </p>
      {error && (
        <p className="field-error" id={errorId} role="alert" data-zettel="reminders-morning-time-error">
          {error}
        </p>
      )}
      {saved && (
        <p className="status muted" data-zettel="reminders-status" data-state="ok" role="status">
          {t('options_saved')}
        </p>
      )}
    </div>
  );
}
