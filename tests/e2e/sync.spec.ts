/**
 * Team sync (issue 18, docs/sync.md) with REAL replication: a CouchDB-compatible server
 * (express-pouchdb, tests/support/couch-server.ts) on 127.0.0.1, started and stopped here, and two
 * Chromium profiles = two PCs, each set up through the options page like a user does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chromeTestBuild } from '../support/browsers.ts';
import { startCouchServer, type CouchServer } from '../support/couch-server.ts';
import { launchPc, type Pc } from '../support/sync-pcs.ts';
import { openChat, rowOf, stageChats } from './chat-marks-support.ts';
import { test, expect } from './fixtures';

const headerFlag = '[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]';
const notesButton = '[data-zettel="header-marks"] [data-zettel-action="open-notes"]';
const notesField = '[data-zettel="notes"] [data-zettel="notes-text"]';

interface Note {
  chatKey: string;
  text: string;
}

async function fillSetup(options: Page, server: CouchServer, database: string, password: string, device: string): Promise<void> {
  await options.locator('input[name="url"]').fill(server.url);
  await options.locator('input[name="database"]').fill(database);
  await options.locator('input[name="username"]').fill(server.username);
  await options.locator('input[name="password"]').fill(password);
  await options.locator('input[name="device"]').fill(device);
}

/** Sets sync up on one PC through Options › Team / Sync and waits for "synced". */
async function turnSyncOn(pc: Pc, server: CouchServer, database: string, device: string): Promise<Page> {
  const options = await pc.openExtensionPage('options.html#sync');
  await fillSetup(options, server, database, server.password, device);
  await options.locator('[data-zettel-action="sync-enable"]').click();
  await expect(options.locator('[data-zettel="sync-result"]')).toHaveAttribute('data-state', 'ok');
  await expect(options.locator('[data-zettel="sync-status"]')).toHaveAttribute('data-state', 'synced');
  return options;
}

test.describe('team sync', () => {
  let server: CouchServer;
  const pcs: Pc[] = [];

  test.beforeEach(async () => {
    server = await startCouchServer();
  });
  test.afterEach(async () => {
    for (const pc of pcs.splice(0)) await pc.close();
    await server.stop();
  });

  test('the built background holds no eval (the extension CSP forbids it)', () => {
    const background = readFileSync(path.join(chromeTestBuild, 'background.js'), 'utf8');
    expect(background).toContain('_changesFilterPlugin');
    expect(background.match(/new Function|Function\.apply|\beval\(/g)).toBeNull();
  });

  test('wrong password: a clear error, sync stays off', async ({ profile }) => {
    const pc = await launchPc(profile);
    pcs.push(pc);
    const options = await pc.openExtensionPage('options.html#sync');
    await expect(options.locator('[data-zettel="sync-status"]')).toHaveAttribute('data-state', 'off');
    await fillSetup(options, server, 'firma', 'falsch', 'Büro');
    await options.locator('[data-zettel-action="sync-test"]').click();
    await expect(options.locator('[data-zettel="sync-result"]')).toHaveAttribute('data-error', 'wrong-password');
    await expect(options.locator('[data-zettel="sync-result"]')).toHaveText('Benutzer oder Passwort ist falsch.');
    await options.locator('[data-zettel-action="sync-enable"]').click();
    await expect(options.locator('[data-zettel="sync-result"]')).toHaveAttribute('data-error', 'wrong-password');
    await expect(options.locator('[data-zettel="sync-status"]')).toHaveAttribute('data-state', 'off');
    // Nothing was written to the server.
    expect(await server.allDocs('firma')).toEqual([]);
  });

  test('flag on A shows on B’s row; note and marker on B show on A; offline edits on both converge', async ({ profile }) => {
    test.setTimeout(120_000);
    const a = await launchPc(profile);
    const b = await launchPc(profile);
    pcs.push(a, b);
    await turnSyncOn(a, server, 'firma', 'Büro');
    await turnSyncOn(b, server, 'firma', 'Werkstatt');
    for (const pc of [a, b]) {
      await pc.page.bringToFront();
      await pc.stage.open();
      await pc.zettel.booted();
    }
    const chats = await stageChats(a.page);
    const chat = chats[2]!;

    // A flags the chat in its header; B's row shows the flag.
    await openChat(a.page, chat.key);
    await a.page.locator(headerFlag).click();
    await expect.poll(async () => (await rowOf(a.page, chat.title))?.flag?.state ?? null).not.toBeNull();
    await expect.poll(async () => (await rowOf(b.page, chat.title))?.flag?.state ?? null, { timeout: 20_000 }).not.toBeNull();

    // B writes a note in the notes panel and marks a message; A's notes panel shows the note.
    await openChat(b.page, chat.key);
    await b.page.locator(notesButton).click();
    await b.page.locator(notesField).click();
    await b.page.keyboard.type('Zugang über den Hof');
    await expect(b.page.locator('[data-zettel="notes"] [data-zettel="notes-status"]')).toHaveText('Gespeichert');
    const notes = await b.zettel.query<Note[]>('db.request', { op: 'listNotes' });
    const chatKey = notes[0]!.chatKey;
    await b.zettel.query('db.request', { op: 'markMessage', input: { chatKey, messageId: '3EB0SYNC01', snippet: 'Angebot bitte', sender: 'Kunde' } });
    await expect.poll(async () => (await a.zettel.query<{ messageId: string }[]>('db.request', { op: 'listMarkers', input: { chatKey } })).map((m) => m.messageId), { timeout: 20_000 }).toEqual(['3EB0SYNC01']);
    await a.page.locator(notesButton).click();
    await expect(a.page.locator(notesField)).toHaveValue('Zugang über den Hof', { timeout: 20_000 });
    await a.page.keyboard.press('Escape');

    // The server holds one document per record.
    const ids = (await server.allDocs('firma')).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([`notes:${chatKey}`, `markers:${JSON.stringify([chatKey, '3EB0SYNC01'])}`]));

    // Offline: the server goes down, both PCs edit the same note; the popup says offline, retrying.
    await server.stop();
    await a.zettel.query('db.request', { op: 'saveNote', input: { chatKey, text: 'Zugang über den Hof, Hund ist lieb' } });
    await b.zettel.query('db.request', { op: 'saveNote', input: { chatKey, text: 'Zugang über den Hof. Schlüssel beim Nachbarn' } });
    await b.zettel.query('db.request', { op: 'pinChat', input: { chatKey } });
    const popup = await a.openExtensionPage('popup.html');
    await expect(popup.locator('[data-zettel="popup-sync"]')).toHaveAttribute('data-state', 'offline', { timeout: 30_000 });
    await server.start();
    await expect(popup.locator('[data-zettel="popup-sync"]')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });

    const noteOn = async (pc: Pc) => (await pc.zettel.query<Note[]>('db.request', { op: 'listNotes' })).find((note) => note.chatKey === chatKey)?.text ?? '';
    await expect.poll(() => noteOn(a), { timeout: 30_000 }).toContain('Schlüssel beim Nachbarn');
    const merged = await noteOn(a);
    expect(merged).toContain('Hund ist lieb');
    expect(merged).toMatch(/Konflikt \/ conflict: (Büro|Werkstatt)/);
    await expect.poll(() => noteOn(b), { timeout: 30_000 }).toBe(merged);
    await expect.poll(async () => (await a.zettel.query<unknown[]>('db.request', { op: 'listPins' })).length, { timeout: 30_000 }).toBe(1);
  });
});
