import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { HealthReport } from '../../utils/whatsapp/health.ts';
import { t } from '../../utils/i18n.ts';
import { AwayReplies } from './AwayReplies.tsx';
import { HealthPanel } from './HealthPanel.tsx';
import { InboxCounts } from './InboxCounts.tsx';
import { QuickSettings } from './QuickSettings.tsx';
import { SyncStatus } from './SyncStatus.tsx';
import { findWhatsAppTab, openOrFocusWhatsApp, requestHealth } from './whatsapp-tab.ts';

type TabState = { kind: 'checking' } | { kind: 'none' } | { kind: 'open'; health: HealthReport | null };

const HEALTH_REFRESH_MS = 1500;

function useWhatsAppTab(): TabState {
  const [state, setState] = useState<TabState>({ kind: 'checking' });
  useEffect(() => {
    let stopped = false;
    async function refresh() {
      const tab = await findWhatsAppTab();
      const next: TabState =
        tab?.id === undefined ? { kind: 'none' } : { kind: 'open', health: await requestHealth(tab.id) };
      if (!stopped) setState(next);
    }
    void refresh();
    const timer = setInterval(() => void refresh(), HEALTH_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return state;
}

export function App() {
  const tab = useWhatsAppTab();
  return (
    <main className="popup">
      <header className="popup-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Zettel</h1>
      </header>

      <section className="card" data-zettel="whatsapp-tab" data-state={tab.kind}>
        {tab.kind === 'none' && <p>{t('popup_noWhatsAppTab')}</p>}
        {tab.kind === 'open' && tab.health && <p>{t('popup_whatsAppOpen')}</p>}
        {tab.kind === 'open' && !tab.health && <p className="hint">{t('popup_contentScriptNotAnswering')}</p>}
        {tab.kind !== 'checking' && (
          <button type="button" className="primary" data-zettel-action="open-whatsapp" onClick={() => void openOrFocusWhatsApp()}>
            {tab.kind === 'none' ? t('popup_openWhatsApp') : t('popup_focusWhatsApp')}
          </button>
        )}
      </section>

      <InboxCounts />

      <SyncStatus />

      <QuickSettings />

      <AwayReplies />

      {tab.kind === 'open' && tab.health && <HealthPanel report={tab.health} />}

      <footer className="popup-footer">
        <button type="button" data-zettel-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openOptions')}
        </button>
      </footer>
    </main>
  );
}
