/**
 * Options › Still to answer: after how many hours a flagged chat counts as overdue (red badge, red
 * toolbar icon), and whether sending a message clears the flag. Written straight to the settings table;
 * the WhatsApp page and the toolbar badge follow through their live subscriptions.
 * UI contract: data-zettel="overdue-hours" (number input; aria-invalid on bad input),
 * data-zettel="overdue-hours-error" (the message why it was not saved), data-zettel="auto-clear-on-send"
 * (checkbox), data-zettel="flags-status" (data-state="ok" after a save).
 * A bad value is kept in the field with a message (not silently replaced), so the user sees what to fix.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { t } from '../../../utils/i18n.ts';

const MAX_HOURS = 24 * 60;

export function FlagSettingsSection() {
  const db = openZettelDatabase();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const stored = settings?.['flags.overdueAfterHours'];
  const [hours, setHours] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const errorId = useId();
  useEffect(() => {
    if (stored !== undefined) setHours(String(stored));
  }, [stored]);
  if (!settings) return null;

  const saveHours = () => {
    const text = hours.trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < 1 || value > MAX_HOURS) {
      setError(t('options_error_wholeNumber', ['1', String(MAX_HOURS)]));
      setSaved(false);
      return;
    }
    setError(null);
    if (value === stored) return;
    void updateSetting(db, { key: 'flags.overdueAfterHours', value }).then(() => setSaved(true));
  };

  return (
    <div className="card">
      <p className="muted">{t('flag_options_intro')}</p>
      <p>
        <label>
          {t('flag_options_overdue_after')}{' '}
          <input
            type="number"
            min={1}
            max={MAX_HOURS}
            step={1}
            value={hours}
            style={{ width: '5em' }}
            data-zettel="overdue-hours"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setHours(event.target.value);
              setSaved(false);
            }}
            onBlur={saveHours}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveHours();
            }}
          />{' '}
          {t('flag_options_hours')}
        </label>
      </p>
      {error && (
        <p className="field-error" id={errorId} role="alert" data-zettel="overdue-hours-error">
          {error}
        </p>
      )}
      {saved && (
        <p className="status muted" data-zettel="flags-status" data-state="ok" role="status">
          {t('options_saved')}
        </p>
      )}
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings['flags.autoClearOnSend']}
            data-zettel="auto-clear-on-send"
            onChange={(event) => void updateSetting(db, { key: 'flags.autoClearOnSend', value: event.target.checked })}
          />{' '}
          {t('flag_options_auto_clear')}
        </label>
      </p>
    </div>
  );
}
