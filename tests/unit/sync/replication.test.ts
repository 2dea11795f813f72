/**
 * Two PCs' engines against a real CouchDB-compatible server (express-pouchdb on 127.0.0.1, started
 * here): no mock of the replication. Each PC has its own Zettel database, sync store and PouchDB mirror
 * (IndexedDB through fake-indexeddb, the adapter the extension uses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from '../../../utils/db/operations.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { testConnection } from '../../../utils/sync/connection.ts';
import { SyncEngine } from '../../../utils/sync/engine.ts';
import memory from 'pouchdb-adapter-memory';
import { syncPouch, withPlugins } from '../../../utils/sync/pouch.ts';
import { SyncStore, type SyncConfig } from '../../../utils/sync/store.ts';
import { startCouchServer, type CouchServer } from '../../support/couch-server.ts';
import { freshDatabase } from '../db/helpers.ts';

let server: CouchServer;
let serial = 0;

beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(async () => {
  await server.stop();
});

function configFor(database: string, password = server.password): SyncConfig {
  return { enabled: true, url: server.url, database, username: server.username, password };
}

interface Pc {
  db: ZettelDatabase;
  engine: SyncEngine;
}

async function startPc(name: string, database: string): Promise<Pc> {
  const id = ++serial;
  const db = freshDatabase();
  const store = new SyncStore(`sync-test-${process.pid}-${id}`);
  const engine = new SyncEngine({
    db,
    store,
    config: configFor(database),
    device: { id: `${name.toLowerCase()}-device-${id}`, name },
    Pouch: withPlugins(syncPouch(), { memory }),
    adapter: 'memory',
    mirrorName: `mirror-test-${process.pid}-${id}`,
    maxBackoffMs: 500,
  });
  await engine.start();
  return { db, engine };
}

const chat = 'jid:4915112345678@c.us' as const;

async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await read())}`);
}

describe('test connection', () => {
  it('tells wrong password, unreachable, not CouchDB and creates a missing database', async () => {
    expect(await testConnection(configFor('firma-a', 'falsch'))).toEqual({ ok: false, error: 'wrong-password', status: 401 });
    expect(await testConnection({ ...configFor('firma-a'), url: 'http://127.0.0.1:9/' })).toEqual({ ok: false, error: 'unreachable' });
    expect(await testConnection({ ...configFor('firma-a'), url: 'http://example.org/' })).toEqual({ ok: false, error: 'insecure' });
    const notCouch = async () => new Response('<html>NAS</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await testConnection(configFor('firma-a'), notCouch)).toMatchObject({ ok: false, error: 'not-couchdb' });
    expect(await testConnection(configFor('firma-a'))).toEqual({ ok: true, created: true });
    expect(await testConnection(configFor('firma-a'))).toEqual({ ok: true, created: false });
  });
});

describe('two PCs over a real server', { timeout: 30_000 }, () => {
  it('a flag set on A reaches B; a note and a marker on B reach A; no echo writes', async () => {
    await testConnection(configFor('firma-b'));
    const a = await startPc('Büro', 'firma-b');
    const b = await startPc('Werkstatt', 'firma-b');
    await runOperation(a.db, 'flagChat', { chatKey: chat, waitingSince: 1_000 });
    await until(() => b.db.flags.toArray(), (rows) => rows.length === 1, 'the flag on B');
    expect((await b.db.flags.get(chat))?.waitingSince).toBe(1_000);

    await runOperation(b.db, 'saveNote', { chatKey: chat, text: 'Zugang über den Hof' });
    await runOperation(b.db, 'markMessage', { chatKey: chat, messageId: 'true_4915112345678@c.us_ABC', color: '#f5c542', note: '', snippet: 'Angebot', sender: 'Kunde', sentAt: null });
    await until(() => a.db.notes.get(chat), (note) => note?.text === 'Zugang über den Hof', 'the note on A');
    await until(() => a.db.markers.toArray(), (rows) => rows.length === 1, 'the marker on A');

    // Unflag on B: the deletion reaches A.
    await runOperation(b.db, 'unflagChat', { chatKey: chat });
    await until(() => a.db.flags.toArray(), (rows) => rows.length === 0, 'the unflag on A');

    // Quiet: the documents on the server stop changing (an echo loop would keep writing revisions).
    await a.engine.idle();
    await b.engine.idle();
    const before = JSON.stringify(await server.allDocs('firma-b'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(JSON.stringify(await server.allDocs('firma-b'))).toBe(before);
    await a.engine.stop();
    await b.engine.stop();
  });

  it('offline edits on both PCs converge when the server is back; the note keeps both texts', async () => {
    await testConnection(configFor('firma-c'));
    const a = await startPc('Büro', 'firma-c');
    const b = await startPc('Werkstatt', 'firma-c');
    await runOperation(a.db, 'saveNote', { chatKey: chat, text: 'Termin Dienstag' });
    await until(() => b.db.notes.get(chat), (note) => note?.text === 'Termin Dienstag', 'the first note on B');

    await server.stop();
    await runOperation(a.db, 'saveNote', { chatKey: chat, text: 'Termin Dienstag, 8 Uhr' });
    await runOperation(a.db, 'flagChat', { chatKey: chat, waitingSince: 5_000 });
    await runOperation(b.db, 'saveNote', { chatKey: chat, text: 'Termin Dienstag – Material bestellt' });
    await runOperation(b.db, 'pinChat', { chatKey: chat });
    await a.engine.idle();
    await b.engine.idle();
    await until(async () => a.engine.currentStatus().state, (state) => state === 'offline', 'A offline, retrying');
    await server.start();
    await until(async () => a.engine.currentStatus().state, (state) => state === 'synced', 'A synced again');

    const converged = (note: { text: string } | undefined) => !!note && note.text.includes('8 Uhr') && note.text.includes('Material bestellt');
    const onA = await until(() => a.db.notes.get(chat), converged, 'the merged note on A');
    const onB = await until(() => b.db.notes.get(chat), (note) => note?.text === onA?.text, 'the same note on B');
    expect(onB!.text).toMatch(/Konflikt \/ conflict/);
    await until(() => b.db.flags.toArray(), (rows) => rows.length === 1, 'the flag on B');
    await until(() => a.db.pins.toArray(), (rows) => rows.length === 1, 'the pin on A');
    await a.engine.stop();
    await b.engine.stop();
  });
});
