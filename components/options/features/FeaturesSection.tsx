/**
 * Options › Funktionen / Features: every feature with its name, one line on what it does, an on/off
 * switch (setting `features.disabled`) and its health in the open WhatsApp tab. Written straight to the
 * settings table; the content script follows it live (entrypoints/whatsapp.content/feature-switch.ts):
 * off aborts the feature and its UI leaves the tab, on starts it again. Data is never touched.
 * UI contract: data-zettel="feature" (data-feature, data-state="running|off|waiting|failed|unknown") ›
 * data-zettel-action="toggle-feature" (role switch, aria-checked, data-feature) and data-zettel="feature-health".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { FEATURE_CATALOGUE, type FeatureInfo } from '../../../utils/features/catalogue.ts';
import { featureHealth, type FeatureHealth } from '../../../utils/features/feature-health.ts';
import { t } from '../../../utils/i18n.ts';
import type { HealthReport } from '../../../utils/whatsapp/health.ts';
import { PART_LABEL_KEYS } from '../../../entrypoints/popup/HealthPanel.tsx';
import { findWhatsAppTab, requestHealth } from '../../../entrypoints/popup/whatsapp-tab.ts';
import './features.css';

type TabHealth = { kind: 'checking' } | { kind: 'none' } | { kind: 'open'; report: HealthReport | null };

/** How often the health is asked for again while the page is open: one message to the tab. */
const HEALTH_REFRESH_MS = 3_000;

function useWhatsAppHealth(): TabHealth {
  const [health, setHealth] = useState<TabHealth>({ kind: 'checking' });
  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const tab = await findWhatsAppTab();
      const next: TabHealth = tab?.id === undefined ? { kind: 'none' } : { kind: 'open', report: await requestHealth(tab.id) };
      if (alive) setHealth(next);
    };
    void refresh();
    const timer = setInterval(() => void refresh(), HEALTH_REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);
  return health;
}

function partNames(parts: readonly string[]): string {
  return parts.map((part) => t(PART_LABEL_KEYS[part as keyof typeof PART_LABEL_KEYS])).join(', ');
}

function healthText(feature: FeatureInfo, health: FeatureHealth, tab: TabHealth): string {
  switch (health.kind) {
    case 'off':
      return t('features_state_off');
    case 'running':
      return t('features_state_running');
    case 'failed':
      return t('features_state_failed', health.error);
    case 'waiting':
      return t('features_state_waiting', partNames(health.missing.length ? health.missing : feature.needs));
    case 'unknown': {
      const where = tab.kind === 'open' ? t('features_state_not_answering') : tab.kind === 'none' ? t('features_state_no_tab') : '…';
      const needs = feature.needs.length ? t('features_needs', partNames(feature.needs)) : t('features_needs_nothing');
      return `${where} · ${needs}`;
    }
  }
}

export function FeaturesSection() {
  const db = openZettelDatabase();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const tab = useWhatsAppHealth();
  if (!settings) return null;
  const disabled = settings['features.disabled'];
  const report = tab.kind === 'open' ? tab.report : null;

  const toggle = (id: string, on: boolean) => {
    const rest = disabled.filter((other) => other !== id);
    void updateSetting(db, { key: 'features.disabled', value: on ? rest : [...rest, id] });
  };

  return (
    <div className="card">
      <p className="muted">{t('features_options_intro')}</p>
      <ul className="feature-list">
        {FEATURE_CATALOGUE.map((feature) => {
          const off = disabled.includes(feature.id);
          const health = featureHealth(feature, off, report);
          const name = t(feature.nameKey);
          return (
            <li key={feature.id} className="feature-item" data-zettel="feature" data-feature={feature.id} data-state={health.kind}>
              <button
                type="button"
                role="switch"
                className="feature-switch"
                aria-checked={!off}
                aria-label={t('features_options_switch_label', name)}
                data-zettel-action="toggle-feature"
                data-feature={feature.id}
                onClick={() => toggle(feature.id, off)}
              />
              <div className="feature-text">
                <strong>{name}</strong>
                <span className="muted">{t(feature.descriptionKey)}</span>
                <span className={`feature-health feature-health-${health.kind}`} data-zettel="feature-health">
                  {healthText(feature, health, tab)}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
