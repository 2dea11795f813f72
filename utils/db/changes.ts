/**
 * Which tables changed, after every committed write — our own and those of other extension contexts.
 * Dexie fires `storagemutated` after a transaction commits, and relays it to other same-origin contexts
 * (popup, options ⇄ background) over a BroadcastChannel. This is an event, not a long-lived liveQuery,
 * so it holds nothing open in a sleeping MV3 service worker (Dexie issue #1467).
 */
import { Dexie } from 'dexie';
import { DB_NAME, TABLE_NAMES, type TableName } from './schema.ts';

export type TablesChangedListener = (tables: ReadonlySet<TableName>) => void;

/** Dexie's parts look like `idb://zettel/flags/` or `idb://zettel/flags/state`; `all` means everything. */
export function changedTables(parts: Record<string, unknown>, dbName: string = DB_NAME): Set<TableName> {
  const changed = new Set<TableName>();
  const known = new Set<string>(TABLE_NAMES);
  const prefix = `idb://${dbName}/`;
  for (const part of Object.keys(parts)) {
    if (part === 'all') return new Set(TABLE_NAMES);
    if (!part.startsWith(prefix)) continue;
    const table = part.slice(prefix.length).split('/')[0] ?? '';
    if (known.has(table)) changed.add(table as TableName);
  }
  return changed;
}

export function watchTableChanges(listener: TablesChangedListener, dbName: string = DB_NAME): () => void {
  const onMutated = (parts: Record<string, unknown>) => {
    const tables = changedTables(parts, dbName);
    if (tables.size > 0) listener(tables);
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
