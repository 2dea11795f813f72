/**
 * The welcome page, opened once on install (entrypoints/background/onboarding.ts): what Zettel does,
 * its keyboard shortcuts, the privacy promise, and a way straight to WhatsApp Web.
 * UI contract: data-zettel="welcome"; data-zettel="welcome-shortcuts" with data-zettel="shortcut"
 * (data-command); data-zettel-action="open-whatsapp", "open-options"; the ready template pack
 * (issue #19, point 7): data-zettel="welcome-template-pack" with data-zettel-action="add-template-pack"
 * (data-pack="de-sie|de-du|en") and data-zettel="welcome-pack-status" (data-state="ok|error").
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { LanguageSelect } from '../../components/ui/LanguageSelect.tsx';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { addTemplatePack, TEMPLATE_PACK_CHOICES, type TemplatePackChoice } from '../../utils/db/repositories/template-pack.ts';
import { t } from '../../utils/i18n.ts';
import { openOrFocusWhatsApp } from '../popup/whatsapp-tab.ts';

/** Spelled out, so the locale meta-test finds every key (the same labels as the empty picker's). */
const PACK_LABELS: Record<TemplatePackChoice, string> = {
  'de-sie': 'templates_pack_offer_sie',
  'de-du': 'templates_pack_offer_du',
  en: 'templates_pack_offer_en',
};

/** One click to the ready trades pack, so the template picker is not empty on the first reply. */
function TemplatePackCard() {
  const [status, setStatus] = useState<{ state: 'ok' | 'error'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (pack: TemplatePackChoice) => {
    setBusy(true);
    try {
      const result = await addTemplatePack(openZettelDatabase(), { pack });
      setStatus({ state: 'ok', message: t('welcome_pack_done', [String(result.added)]) });
    } catch {
      setStatus({ state: 'error', message: t('templates_pack_offer_failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="welcome-pack" data-zettel="welcome-template-pack">
      <h2 id="welcome-pack">{t('welcome_pack_title')}</h2>
      <p>{t('welcome_pack_hint')}</p>
      <div className="actions">
        {TEMPLATE_PACK_CHOICES.map((pack) => (
          <button key={pack} type="button" data-zettel-action="add-template-pack" data-pack={pack} disabled={busy} onClick={() => void add(pack)}>
            {t(PACK_LABELS[pack])}
          </button>
        ))}
      </div>
      <p data-zettel="welcome-pack-status" data-state={status?.state} role="status" aria-live="polite">
        {status?.message}
      </p>
    </section>
  );
}

/** The suggested keys (users rebind them in the browser's extension shortcut settings). */
const SHORTCUTS: ReadonlyArray<{ command: string; keys: string; label: string }> = [
  { command: 'toggle-flag', keys: 'welcome_keys_flag', label: 'welcome_shortcut_flag' },
  { command: 'open-templates', keys: 'welcome_keys_templates', label: 'welcome_shortcut_templates' },
  { command: 'open-overview', keys: 'welcome_keys_overview', label: 'welcome_shortcut_overview' },
  { command: 'toggle-pin', keys: 'welcome_keys_pin', label: 'welcome_shortcut_pin' },
];

const FEATURES: readonly string[] = [
  'welcome_feature_flags',
  'welcome_feature_labels',
  'welcome_feature_pins',
  'welcome_feature_templates',
  'welcome_feature_hours',
  'welcome_feature_overview',
];

export function WelcomeApp() {
  return (
    <main className="welcome" data-zettel="welcome">
      <header className="welcome-header">
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <div>
          <h1>{t('welcome_title')}</h1>
          <p className="lead">{t('welcome_lead')}</p>
        </div>
      </header>

      <section className="card" aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcome_what_title')}</h2>
        <ul>
          {FEATURES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>

      <TemplatePackCard />

      <section className="card" aria-labelledby="welcome-keys" data-zettel="welcome-shortcuts">
        <h2 id="welcome-keys">{t('welcome_shortcuts_title')}</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(({ command, keys, label }) => (
            <div key={command} data-zettel="shortcut" data-command={command}>
              <dt>
                <kbd>{t(keys)}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t('welcome_shortcuts_rebind')}</p>
      </section>

      <section className="card" aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome_privacy_title')}</h2>
        <p>{t('welcome_privacy')}</p>
      </section>

      <div className="actions welcome-actions">
        <button type="button" className="primary" data-zettel-action="open-whatsapp" onClick={() => void openOrFocusWhatsApp()}>
          {t('welcome_openWhatsApp')}
        </button>
        <button type="button" data-zettel-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome_openOptions')}
        </button>
        <LanguageSelect compact />
      </div>
    </main>
  );
}
