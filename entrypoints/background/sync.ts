/**
 * Team sync in the background (docs/sync.md): starts the engine when sync is on and this server's host
 * permission is granted, answers the options page (test connection, turn on, turn off), and wakes the
 * engine once a minute while it is on (an MV3 service worker may have been stopped in between; the
 * engine picks up from its stored sequence and shadows). With sync off nothing here touches the network.
 */
import { browser } from 'wxt/browser';
import type { ZettelDatabase } from '../../utils/db/schema.ts';
import { originPattern, serverUrl, testConnection } from '../../utils/sync/connection.ts';
import { SyncEngine } from '../../utils/sync/engine.ts';
import { isSyncRequest, type SyncReply, type SyncRequest } from '../../utils/sync/messages.ts';
import { syncPouch } from '../../utils/sync/pouch.ts';
import { openSyncStore, readConfig, readDevice, saveConfig, saveDeviceName, saveStatus, type SyncConfig } from '../../utils/sync/store.ts';

const WAKE_ALARM = 'zettel-sync-wake';

let engine: SyncEngine | null = null;
let starting: Promise<void> | null = null;

async function hasPermission(config: SyncConfig): Promise<boolean> {
  const url = serverUrl(config);
  return !!url && (await browser.permissions.contains({ origins: [originPattern(url)] }));
}

async function stopEngine(): Promise<void> {
  const running = engine;
  engine = null;
  await running?.stop();
}

/** (Re)starts the engine from the stored configuration; a running engine with the same config stays. */
function ensureEngine(openDatabase: () => ZettelDatabase): Promise<void> {
  starting ??= (async () => {
    const store = openSyncStore();
    const config = await readConfig(store);
    if (!config?.enabled) {
      await stopEngine();
      await browser.alarms.clear(WAKE_ALARM);
      return;
    }
    if (engine) return;
    if (!(await hasPermission(config))) {
      await saveStatus(store, { state: 'error', detail: 'permission-missing', at: Date.now(), pushed: 0, pulled: 0 });
      return;
    }
    engine = new SyncEngine({ db: openDatabase(), store, config, device: await readDevice(store), Pouch: syncPouch() });
    await engine.start();
    await browser.alarms.create(WAKE_ALARM, { periodInMinutes: 1 });
  })().finally(() => {
    starting = null;
  });
  return starting;
}

async function answer(request: SyncRequest, openDatabase: () => ZettelDatabase): Promise<SyncReply> {
  const store = openSyncStore();
  if (request.action === 'disable') {
    const config = await readConfig(store);
    if (config) await saveConfig(store, { ...config, enabled: false });
    await stopEngine();
    await ensureEngine(openDatabase);
    return { ok: true, created: false };
  }
  if (!(await hasPermission(request.config))) return { ok: false, error: 'permission-missing' };
  const result = await testConnection(request.config);
  if (request.action === 'test' || !result.ok) return result;
  await saveDeviceName(store, request.deviceName);
  await stopEngine();
  await saveConfig(store, { ...request.config, enabled: true });
  await ensureEngine(openDatabase);
  return result;
}

export function startSync(openDatabase: () => ZettelDatabase): void {
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<SyncReply> | undefined => {
    if (!isSyncRequest(message)) return undefined;
    // Extension pages only (their URL is the extension's): a content script, whose sender URL is the
    // web page's, never configures or tests a server.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return answer(message, openDatabase);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void ensureEngine(openDatabase);
  });
  void ensureEngine(openDatabase);
}
