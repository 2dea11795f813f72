/**
 * Quick settings: clear "still to answer" on send (a switch), the automatic away reply (shown only:
 * switching it on needs the confirmation of its exact text in the options), and the language.
 * UI contract: data-zettel="quick-settings"; data-zettel="quick-auto-clear" (checkbox);
 * data-zettel="quick-away-state" (data-state="on|off") with data-zettel-action="open-hours-options";
 * data-zettel="language-select".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LanguageSelect } from '../../components/ui/LanguageSelect.tsx';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { getSettings, updateSetting } from '../../utils/db/repositories/settings.ts';
import { t } from '../../utils/i18n.ts';

export function openOptionsSection(section: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) }).then(() => window.close());
}

export function QuickSettings() {
  const db = openZettelDatabase();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const awayOn = settings?.['away.autoReply'].enabled === true;
  // Shown at once on click; the stored value (live query) confirms it a moment later.
  const stored = settings?.['flags.autoClearOnSend'];
  const [autoClear, setAutoClear] = useState<boolean | undefined>(stored);
  useEffect(() => setAutoClear(stored), [stored]);
  return (
    <section className="card" data-zettel="quick-settings" aria-labelledby="quick-title">
      <h2 id="quick-title">{t('popup_quick_title')}</h2>
      <label className="switch">
        <input
          type="checkbox"
          data-zettel="quick-auto-clear"
          disabled={!settings}
          checked={autoClear ?? false}
          onChange={(event) => {
            setAutoClear(event.target.checked);
            void updateSetting(db, { key: 'flags.autoClearOnSend', value: event.target.checked });
          }}
        />
        {t('popup_quick_autoClear')}
      </label>
      <p className="switch" data-zettel="quick-away-state" data-state={awayOn ? 'on' : 'off'}>
        <span>{awayOn ? t('popup_quick_awayOn') : t('popup_quick_awayOff')}</span>
        <button type="button" className="link-button" data-zettel-action="open-hours-options" onClick={() => openOptionsSection('hours')}>
          {t('popup_quick_awaySettings')}
        </button>
      </p>
      <LanguageSelect compact />
    </section>
  );
}
