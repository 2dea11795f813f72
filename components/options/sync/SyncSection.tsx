/**
 * Options › Team / Sync (docs/sync.md): the firm's CouchDB server, database, user and password, this
 * PC's name, "test connection" with errors a user can act on, turn on / off, and the live status.
 * The host permission for exactly this server is asked for on the click (a user gesture), never at
 * install. UI contract: data-zettel="sync" | "sync-result" | "sync-status";
 * data-zettel-action="sync-test" | "sync-enable" | "sync-disable".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../../utils/i18n.ts';
import { originPattern, serverUrl, type ConnectionResult } from '../../../utils/sync/connection.ts';
import { askSync } from '../../../utils/sync/messages.ts';
import { openSyncStore, readConfig, readDevice, readStatus, syncConfig, type SyncConfig } from '../../../utils/sync/store.ts';

const EMPTY: SyncConfig = { enabled: false, url: 'https://', database: 'zettel', username: '', password: '' };

/** Spelled out, so the locale meta-test finds every key. */
export const SYNC_ERROR_KEYS: Record<string, string> = {
  'invalid-url': 'sync_error_invalidUrl',
  insecure: 'sync_error_insecure',
  unreachable: 'sync_error_unreachable',
  'unreachable-or-tls': 'sync_error_unreachableOrTls',
  'wrong-password': 'sync_error_wrongPassword',
  forbidden: 'sync_error_forbidden',
  'not-couchdb': 'sync_error_notCouchdb',
  'database-missing': 'sync_error_databaseMissing',
  'permission-missing': 'sync_error_permissionMissing',
  'server-error': 'sync_error_serverError',
};

export const SYNC_STATE_KEYS: Record<string, string> = {
  off: 'sync_state_off',
  connecting: 'sync_state_connecting',
  syncing: 'sync_state_syncing',
  synced: 'sync_state_synced',
  offline: 'sync_state_offline',
  error: 'sync_state_error',
};

export function syncErrorText(code: string | null): string {
  return code ? t(SYNC_ERROR_KEYS[code] ?? 'sync_error_serverError') : '';
}

const WHAT_SYNCS: readonly string[] = ['sync_what_marks', 'sync_what_markers', 'sync_what_templates', 'sync_what_hours'];

/** Asks for this one server's host permission; the browser shows its prompt on the user's click. */
async function grantServer(config: SyncConfig): Promise<boolean> {
  const url = serverUrl(config);
  if (!url) return false;
  try {
    return await browser.permissions.request({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

export function SyncSection() {
  const [draft, setDraft] = useState<SyncConfig>(EMPTY);
  const [deviceName, setDeviceName] = useState('');
  const [result, setResult] = useState<ConnectionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useLiveQuery(() => readStatus(openSyncStore()), []);
  const saved = useLiveQuery(() => readConfig(openSyncStore()), []);

  useEffect(() => {
    void (async () => {
      const store = openSyncStore();
      const config = await readConfig(store);
      if (config) setDraft(config);
      setDeviceName((await readDevice(store)).name);
    })();
  }, []);

  const field = (name: keyof Omit<SyncConfig, 'enabled'>) => ({
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value.trim() }),
  });

  async function run(action: 'test' | 'enable') {
    const parsed = syncConfig.safeParse(draft);
    if (!parsed.success || !serverUrl(draft)) {
      setResult({ ok: false, error: 'invalid-url' });
      return;
    }
    setBusy(true);
    try {
      if (!(await grantServer(parsed.data))) {
        setResult({ ok: false, error: 'permission-missing' });
        return;
      }
      const name = deviceName.trim() || 'PC';
      setResult(await askSync(action === 'test' ? { action, config: parsed.data } : { action, config: parsed.data, deviceName: name }));
    } finally {
      setBusy(false);
    }
  }

  async function disable() {
    setBusy(true);
    try {
      setResult(await askSync({ action: 'disable' }));
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('enable');
  };
  const enabled = saved?.enabled === true;
  const state = enabled ? (status?.state ?? 'connecting') : 'off';

  return (
    <div data-zettel="sync">
      <div className="card">
        <p>{t('sync_intro')}</p>
        <ul>
          {WHAT_SYNCS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="hint">{t('sync_notSynced')}</p>
      </div>
      <form className="card" onSubmit={onSubmit} aria-busy={busy}>
        <label>
          {t('sync_field_url')}
          <input type="url" name="url" autoComplete="off" spellCheck={false} {...field('url')} />
        </label>
        <label>
          {t('sync_field_database')}
          <input type="text" name="database" autoComplete="off" spellCheck={false} {...field('database')} />
        </label>
        <label>
          {t('sync_field_username')}
          <input type="text" name="username" autoComplete="username" {...field('username')} />
        </label>
        <label>
          {t('sync_field_password')}
          <input type="password" name="password" autoComplete="current-password" {...field('password')} />
        </label>
        <label>
          {t('sync_field_device')}
          <input type="text" name="device" maxLength={60} value={deviceName} onChange={(event) => setDeviceName(event.target.value)} />
        </label>
        <div className="row">
          <button type="button" data-zettel-action="sync-test" disabled={busy} onClick={() => void run('test')}>
            {t('sync_test')}
          </button>
          <button type="submit" className="primary" data-zettel-action="sync-enable" disabled={busy}>
            {enabled ? t('sync_save') : t('sync_enable')}
          </button>
          {enabled && (
            <button type="button" data-zettel-action="sync-disable" disabled={busy} onClick={() => void disable()}>
              {t('sync_disable')}
            </button>
          )}
        </div>
        {result && (
          <p data-zettel="sync-result" role="status" data-state={result.ok ? 'ok' : 'error'} data-error={result.ok ? undefined : result.error}>
            {result.ok ? (result.created ? t('sync_result_created') : t('sync_result_ok')) : syncErrorText(result.error)}
          </p>
        )}
      </form>
      <div className="card" data-zettel="sync-status" data-state={state} data-detail={enabled ? (status?.detail ?? undefined) : undefined}>
        <h3>{t('sync_status_title')}</h3>
        <p>{t(SYNC_STATE_KEYS[state] ?? 'sync_state_off')}</p>
        {enabled && status?.detail && <p className="hint">{syncErrorText(status.detail)}</p>}
        {enabled && status && <p className="hint">{t('sync_progress', [String(status.pushed), String(status.pulled)])}</p>}
      </div>
    </div>
  );
}
