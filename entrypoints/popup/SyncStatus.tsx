/**
 * The popup's line about team sync, shown only while sync is on: synced / syncing / offline, retrying
 * / error (docs/sync.md). Read live from sync's own store, written by the background's engine.
 * UI contract: data-zettel="popup-sync", data-state = the engine's state.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { syncErrorText, SYNC_STATE_KEYS } from '../../components/options/sync/SyncSection.tsx';
import { t } from '../../utils/i18n.ts';
import { openSyncStore, readConfig, readStatus } from '../../utils/sync/store.ts';

export function SyncStatus() {
  const view = useLiveQuery(async () => {
    const store = openSyncStore();
    return { config: await readConfig(store), status: await readStatus(store) };
  }, []);
  if (!view?.config?.enabled) return null;
  const state = view.status?.state ?? 'connecting';
  return (
    <section className="card" data-zettel="popup-sync" data-state={state} role="status">
      <p>
        {t('sync_popup_label')} {t(SYNC_STATE_KEYS[state] ?? 'sync_state_connecting')}
      </p>
      {view.status?.detail && <p className="hint">{syncErrorText(view.status.detail)}</p>}
    </section>
  );
}
