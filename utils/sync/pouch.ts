/**
 * PouchDB as sync's replication engine, assembled from its parts: the core, IndexedDB for the local
 * mirror, HTTP for the firm's CouchDB and the replication protocol. Not `pouchdb-browser`: that bundle
 * also carries map/reduce, whose string views compile with `new Function`, which the extension's CSP
 * forbids (the built bundle is checked for it in tests/unit/sync/bundle.test.ts).
 */
import PouchDB, { type Static } from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import idb from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';

export type Pouch = Static;

/**
 * Plugins change the one PouchDB class and refuse to be applied twice (the test server shares the
 * class in Node), so each is added only where it is missing.
 */
export function withPlugins(base: Static, adapters: Record<string, unknown>): Static {
  const known = (base as unknown as { adapters: Record<string, unknown> }).adapters;
  for (const [name, plugin] of Object.entries(adapters)) if (!known[name]) base.plugin(plugin);
  if (typeof (base as unknown as { replicate?: unknown }).replicate !== 'function') base.plugin(replication);
  return base;
}

export function syncPouch(): Pouch {
  return withPlugins(PouchDB, { idb, http });
}
