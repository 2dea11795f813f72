/**
 * The sync engine: Dexie stays the app's source of truth; a local PouchDB mirror holds one document
 * per synced record and replicates live with the firm's CouchDB (PouchDB's retry with backoff).
 * Two feeds drive one serial work loop:
 * - Dexie's committed writes (utils/db/changes.ts) → scan the changed tables against the shadows,
 * - the mirror's changes feed (also what the replication brought in) → reconcile those documents.
 * Each document is reconciled three-way (reconcile.ts); remote results reach Dexie through the records'
 * zod schemas in one transaction per batch, which fires the usual change notices for the content
 * scripts. A result is applied only if the local record is still what the merge read (else it is
 * reconciled again), so a user's edit during a batch is never overwritten.
 */
import { watchTableChanges } from '../db/changes.ts';
import type { ZettelDatabase } from '../db/schema.ts';
import { authHeader, databaseUrl } from './connection.ts';
import type { ChangesFeed, Database, Replication } from 'pouchdb-core';
import type { Pouch } from './pouch.ts';
import { reconcile, type Version } from './reconcile.ts';
import { recordOf, same, type Fields } from './stamps.ts';
import { readLastSeq, saveLastSeq, saveStatus, type Device, type SyncConfig, type SyncStatus, type SyncStore } from './store.ts';
import { SYNCED_TABLE_NAMES, documentId, isSyncedTable, syncedTables, syncsRecord, type SyncedTableName } from './tables.ts';

export interface SyncDoc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  _deleted?: boolean;
  table: SyncedTableName;
  fields: Fields;
}

export interface EngineOptions {
  db: ZettelDatabase;
  store: SyncStore;
  config: SyncConfig;
  device: Device;
  Pouch: Pouch;
  /** The mirror's PouchDB name and adapter (tests: a name per simulated PC). */
  mirrorName?: string;
  adapter?: string;
  now?: () => number;
  /** Longest wait between retries while the server is unreachable. */
  maxBackoffMs?: number;
}

const BATCH = 500;

type Local = Record<string, unknown> | null;

function tableOf(id: string): SyncedTableName | null {
  const table = id.slice(0, id.indexOf(':'));
  return isSyncedTable(table) ? table : null;
}

function keyOf(table: SyncedTableName, id: string): string | [string, string] {
  const raw = id.slice(table.length + 1);
  return raw.startsWith('[') ? (JSON.parse(raw) as [string, string]) : raw;
}

export class SyncEngine {
  private readonly options: EngineOptions;
  private mirror: Database<SyncDoc> | null = null;
  private replication: Replication | null = null;
  private feed: ChangesFeed | null = null;
  private stopWatching: (() => void) | null = null;
  private readonly shadows = new Map<string, Fields>();
  private readonly pendingIds = new Set<string>();
  private readonly pendingTables = new Set<SyncedTableName>();
  private seenSeq: number | string = 0;
  private loop: Promise<void> | null = null;
  private stopped = false;
  /** The last failed request of the replication, until it is active again (offline vs. synced). */
  private requestError: unknown = null;
  private status: SyncStatus = { state: 'connecting', detail: null, at: 0, pushed: 0, pulled: 0 };

  constructor(options: EngineOptions) {
    this.options = options;
  }

  async start(): Promise<void> {
    const { store, Pouch, config } = this.options;
    for (const row of await store.shadows.toArray()) this.shadows.set(row.id, row.fields);
    this.mirror = new Pouch<SyncDoc>(this.options.mirrorName ?? 'zettel-sync-mirror', { adapter: this.options.adapter ?? 'idb' });
    const remote = new Pouch<SyncDoc>(databaseUrl(config)!, {
      adapter: 'http',
      skip_setup: true,
      fetch: (url: string | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        for (const [name, value] of Object.entries(authHeader(config))) headers.set(name, value);
        // Credentials travel in the header only, never as cookies of the browser.
        return fetch(url, { ...init, headers, credentials: 'omit' });
      },
    });
    this.stopWatching = watchTableChanges((tables) => {
      for (const table of tables) if (isSyncedTable(table)) this.pendingTables.add(table);
      this.kick();
    }, this.options.db.name);
    // On every start: compare all local tables with the shadows (edits made while sync did not run).
    for (const table of SYNCED_TABLE_NAMES) this.pendingTables.add(table);
    this.seenSeq = await readLastSeq(store);
    this.feed = this.mirror
      .changes({ since: this.seenSeq, live: true })
      .on('change', (change) => {
        this.pendingIds.add(change.id);
        this.seenSeq = change.seq;
        this.kick();
      })
      .on('error', (error) => void this.setStatus('error', errorCode(error)));
    this.kick();
    await this.setStatus('connecting', null);
    const maxBackoff = this.options.maxBackoffMs ?? 10_000;
    this.replication = this.mirror
      .sync(remote, {
        live: true,
        retry: true,
        batch_size: 200,
        back_off_function: (delay: number) => (delay === 0 ? 1_000 : Math.min(delay * 2, maxBackoff)),
      })
      .on('active', () => {
        this.requestError = null;
        void this.setStatus('syncing', null);
      })
      // The sync's own 'paused' carries no error; a failed request is told by push or pull before it.
      .on('paused', () => void (this.requestError ? this.setStatus(offlineOrError(this.requestError), errorCode(this.requestError)) : this.setStatus('synced', null)))
      .on('denied', (error) => void this.setStatus('error', errorCode(error)))
      .on('error', (error) => void this.setStatus('error', errorCode(error)))
      .on('change', (info) => {
        const docs = info.change.docs_written;
        if (info.direction === 'push') this.status.pushed += docs;
        else this.status.pulled += docs;
        void this.setStatus('syncing', null);
      });
    for (const direction of [this.replication.push, this.replication.pull]) {
      direction.on('requestError', (error?: unknown) => {
        this.requestError = error ?? new Error('request failed');
        void this.setStatus(offlineOrError(this.requestError), errorCode(this.requestError));
      });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.replication?.cancel();
    this.feed?.cancel();
    this.stopWatching?.();
    await this.loop;
    await this.mirror?.close();
    await this.setStatus('off', null, true);
  }

  /** Resolves once nothing is pending (tests, the bench). */
  async idle(): Promise<void> {
    while (this.loop) await this.loop;
  }

  currentStatus(): SyncStatus {
    return { ...this.status };
  }

  private async setStatus(state: SyncStatus['state'], detail: string | null, evenIfStopped = false): Promise<void> {
    if (this.stopped && !evenIfStopped) return;
    this.status = { ...this.status, state, detail, at: Date.now() };
    await saveStatus(this.options.store, this.status).catch(() => undefined);
  }

  private kick(): void {
    if (this.loop || this.stopped) return;
    this.loop = this.work().finally(() => {
      this.loop = null;
      if (!this.stopped && (this.pendingIds.size > 0 || this.pendingTables.size > 0)) this.kick();
    });
  }

  private async work(): Promise<void> {
    // One turn of the event loop lets a burst of change notices gather into one batch.
    await new Promise((resolve) => setTimeout(resolve, 20));
    while (!this.stopped && (this.pendingTables.size > 0 || this.pendingIds.size > 0)) {
      try {
        if (this.pendingTables.size > 0) {
          const tables = [...this.pendingTables];
          this.pendingTables.clear();
          const changed = await this.scan(tables);
          for (let i = 0; i < changed.length; i += BATCH) await this.reconcileBatch(changed.slice(i, i + BATCH));
          continue;
        }
        const seq = this.seenSeq;
        const ids = [...this.pendingIds].slice(0, BATCH);
        for (const id of ids) this.pendingIds.delete(id);
        await this.reconcileBatch(ids.map((id) => ({ id, local: undefined })));
        if (this.pendingIds.size === 0) await saveLastSeq(this.options.store, seq);
      } catch (error) {
        if (this.stopped) return;
        await this.setStatus('error', errorCode(error));
        console.warn('[zettel sync] batch failed; retried on the next change', error);
        return;
      }
    }
  }

  /** Local records that differ from their shadow (new, changed or deleted since the last sync). */
  private async scan(tables: readonly SyncedTableName[]): Promise<{ id: string; local: Local }[]> {
    const changed: { id: string; local: Local }[] = [];
    for (const table of tables) {
      const seen = new Set<string>();
      const records = (await this.options.db.table(table).toArray()) as Record<string, unknown>[];
      for (const record of records) {
        if (!syncsRecord(table, record)) continue;
        const id = documentId(table, syncedTables[table].key(record));
        seen.add(id);
        const shadow = this.shadows.get(id);
        if (!shadow || !same(recordOf(table, shadow), record)) changed.push({ id, local: record });
      }
      const prefix = `${table}:`;
      for (const [id, shadow] of this.shadows) {
        if (id.startsWith(prefix) && !seen.has(id) && recordOf(table, shadow) !== null) changed.push({ id, local: null });
      }
    }
    return changed;
  }

  private async readLocal(table: SyncedTableName, id: string): Promise<Local> {
    const record = (await this.options.db.table(table).get(keyOf(table, id))) as Record<string, unknown> | undefined;
    return record && syncsRecord(table, record) ? record : null;
  }

  private async versions(ids: readonly string[]): Promise<Map<string, { winner: Version | null; conflicts: Version[] }>> {
    const mirror = this.mirror!;
    const found = new Map<string, { winner: Version | null; conflicts: Version[] }>();
    const all = await mirror.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
    for (const row of all.rows) {
      if (!('doc' in row) || !row.doc || row.value.deleted) continue;
      const doc = row.doc as SyncDoc;
      const conflicts: Version[] = [];
      if (doc._conflicts?.length) {
        const open = await mirror.get(doc._id, { open_revs: doc._conflicts });
        for (const result of open) {
          if (result.ok && !result.ok._deleted && result.ok.fields) conflicts.push({ rev: result.ok._rev!, fields: result.ok.fields });
        }
      }
      found.set(doc._id, { winner: { rev: doc._rev!, fields: doc.fields ?? {} }, conflicts });
    }
    return found;
  }

  private async reconcileBatch(items: readonly { id: string; local: Local | undefined }[]): Promise<void> {
    const { db, store, device } = this.options;
    const work: { id: string; table: SyncedTableName; local: Local; result: ReturnType<typeof reconcile> }[] = [];
    const versions = await this.versions(items.map((item) => item.id));
    const writer = { device: device.id, name: device.name, now: (this.options.now ?? Date.now)() };
    for (const item of items) {
      const table = tableOf(item.id);
      if (!table) continue;
      const local = item.local === undefined ? await this.readLocal(table, item.id) : item.local;
      const found = versions.get(item.id) ?? { winner: null, conflicts: [] };
      const result = reconcile({ table, shadow: this.shadows.get(item.id), local, winner: found.winner, conflicts: found.conflicts, writer });
      if (result.rejected) console.warn('[zettel sync] a document failed validation and was not applied', item.id);
      work.push({ id: item.id, table, local, result });
    }
    const writes: SyncDoc[] = [];
    for (const { id, table, result } of work) {
      if (!result.write) continue;
      const found = versions.get(id);
      writes.push({ _id: id, ...(found?.winner ? { _rev: found.winner.rev } : {}), table, fields: result.merged });
      for (const conflict of found?.conflicts ?? []) writes.push({ _id: id, _rev: conflict.rev, _deleted: true, table, fields: {} });
    }
    const failed = new Set<string>();
    if (writes.length > 0) {
      const results = await this.mirror!.bulkDocs(writes);
      results.forEach((outcome, index) => {
        if ('error' in outcome && outcome.error) failed.add(writes[index]!._id);
      });
    }
    const done: { id: string; fields: Fields }[] = [];
    const tables = [...new Set(work.map((item) => item.table))].map((table) => db.table(table));
    if (tables.length === 0) return;
    await db.transaction('rw', tables, async () => {
      for (const { id, table, local, result } of work) {
        if (failed.has(id)) continue;
        if (result.apply) {
          // Applied only over the very record the merge read: a newer local edit is reconciled again.
          if (!same(await this.readLocal(table, id), local)) {
            this.pendingIds.add(id);
            continue;
          }
          if (result.apply.kind === 'put') await db.table(table).put(result.apply.record);
          else await db.table(table).delete(keyOf(table, id));
        }
        if (!result.rejected) done.push({ id, fields: result.merged });
      }
    });
    for (const id of failed) this.pendingIds.add(id);
    for (const { id, fields } of done) this.shadows.set(id, fields);
    if (done.length > 0) await store.shadows.bulkPut(done);
  }
}

export function errorCode(error: unknown): string {
  const { status, name } = (error ?? {}) as { status?: unknown; name?: unknown };
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'database-missing';
  if (typeof name === 'string' && name) return name.slice(0, 100);
  return 'unreachable';
}

function offlineOrError(error: unknown): SyncStatus['state'] {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403 ? 'error' : 'offline';
}
