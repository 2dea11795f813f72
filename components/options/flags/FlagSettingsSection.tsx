/**
 * Options › Still to answer: after how many hours a flagged chat counts as overdue (red badge, red
 * toolbar icon), and whether sending a message clears the flag. Written straight to the settings table;
 * the WhatsApp page and the toolbar badge follow through their live subscriptions.
 * UI contract: data-zettel="overdue-hours" (number input), data-zettel="auto-clear-on-send" (checkbox).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { t } from '../../../utils/i18n.ts';

const MAX_HOURS = 24 * 60;

export function FlagSettingsSection() {
  const db = openZettelDatabase();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const stored = settings?.['flags.overdueAfterHours'];
  const [hours, setHours] = useState('');
  useEffect(() => {
    if (stored !== undefined) setHours(String(stored));
  }, [stored]);
  if (!settings) return null;

  const saveHours = () => {
    const value = Number(hours);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_HOURS) void updateSetting(db, { key: 'flags.overdueAfterHours', value });
    else setHours(String(stored));
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
            onChange={(event) => setHours(event.target.value)}
            onBlur={saveHours}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveHours();
            }}
          />{' '}
          {t('flag_options_hours')}
        </label>
      </p>
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
