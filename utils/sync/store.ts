/**
 * Sync's own database, apart from the app's (`zettel`), so sync needs no schema version of it and
 * switching sync off and on never touches the app's data: the configuration, this PC's device id and
 * name, the status the popup shows, the mirror's last applied sequence, and one shadow per document
 * (what was last synced, the base of the three-way merge in reconcile.ts).
 */
import { Dexie, type Table } from 'dexie';
import { z } from 'zod';
import type { Fields } from './stamps.ts';

export const SYNC_DB_NAME = 'zettel-sync';

export interface KeyValueRow {
  key: string;
  value: unknown;
}
export interface ShadowRow {
  id: string;
  fields: Fields;
}

export class SyncStore extends Dexie {
  kv!: Table<KeyValueRow, string>;
  shadows!: Table<ShadowRow, string>;
  constructor(name: string = SYNC_DB_NAME) {
    super(name);
    this.version(1).stores({ kv: '&key', shadows: '&id' });
  }
}

let shared: SyncStore | undefined;
export function openSyncStore(): SyncStore {
  shared ??= new SyncStore();
  return shared;
}

export const syncConfig = z.strictObject({
  enabled: z.boolean(),
  /** The server's origin and path prefix, e.g. https://couch.firma.de (no database, no credentials). */
  url: z.string().url().max(500),
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/),
  username: z.string().max(200),
  password: z.string().max(500),
});
export type SyncConfig = z.infer<typeof syncConfig>;

export const syncStatus = z.strictObject({
  state: z.enum(['off', 'connecting', 'synced', 'syncing', 'offline', 'error']),
  /** An error code of connection.ts for 'error' and 'offline'. */
  detail: z.string().max(200).nullable(),
  at: z.number(),
  /** Documents written and read by the replication since it started (initial sync progress). */
  pushed: z.number().int().min(0),
  pulled: z.number().int().min(0),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const device = z.strictObject({ id: z.string().min(8).max(64), name: z.string().trim().min(1).max(60) });
export type Device = z.infer<typeof device>;

async function read<T>(store: SyncStore, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const row = await store.kv.get(key);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export const readConfig = (store: SyncStore) => read(store, 'config', syncConfig);
export const saveConfig = (store: SyncStore, config: SyncConfig) => store.kv.put({ key: 'config', value: syncConfig.parse(config) });
export const readStatus = (store: SyncStore) => read(store, 'status', syncStatus);
export const saveStatus = (store: SyncStore, status: SyncStatus) => store.kv.put({ key: 'status', value: status });
export const readLastSeq = async (store: SyncStore) => (await read(store, 'lastSeq', z.union([z.number(), z.string()]))) ?? 0;
export const saveLastSeq = (store: SyncStore, seq: number | string) => store.kv.put({ key: 'lastSeq', value: seq });

/** This PC's identity: made once, a random id (the merge's tie-break) and a name the user may change. */
export async function readDevice(store: SyncStore): Promise<Device> {
  const existing = await read(store, 'device', device);
  if (existing) return existing;
  const id = crypto.randomUUID();
  const made: Device = { id, name: `PC ${id.slice(0, 4).toUpperCase()}` };
  await store.kv.put({ key: 'device', value: made });
  return made;
}
export const saveDeviceName = async (store: SyncStore, name: string) =>
  store.kv.put({ key: 'device', value: device.parse({ ...(await readDevice(store)), name }) });
