/**
 * Opening the one database. Only the background and extension pages (popup, options) call this:
 * their IndexedDB belongs to the extension origin, which WhatsApp's "clear site data" cannot touch and
 * the popup can see (DESIGN §1). Content scripts go through utils/messaging instead.
 */
import { ZettelDatabase } from './schema.ts';

let shared: ZettelDatabase | undefined;

export function openZettelDatabase(): ZettelDatabase {
  shared ??= new ZettelDatabase();
  return shared;
}

/**
 * Asks the browser to keep Zettel's storage when the disk runs low (docs/data.md "Durability").
 * The `unlimitedStorage` permission already exempts the extension origin from quota eviction in
 * Chromium; `persist()` adds the explicit "persistent" mark where the browser offers it (Firefox asks
 * nothing for extensions). Never throws: durability is best effort on top of the permission.
 */
export async function requestPersistentStorage(): Promise<'persisted' | 'not-persisted' | 'unsupported'> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return 'unsupported';
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}
