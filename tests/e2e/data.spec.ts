/**
 * The data layer in a real Chromium with the built extension (issue 3): live updates between the
 * content script and extension pages both ways, recovery after the service worker is stopped, and
 * backup export → delete all → import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../../utils/db/schema.ts';
import { CRAFTED_AWAY_TEXT, craftedAutoReplyBackup } from '../support/crafted-backup.ts';
import { test, expect } from './fixtures';

const schneider = 'jid:491701234567@c.us';
const baustelle = 'title:Baustelle Lindenstraße 12';

type Zettel = { query<T = unknown>(cmd: string, args?: unknown): Promise<T> };

function request<T = unknown>(zettel: Zettel, op: string, input?: unknown): Promise<T> {
  return zettel.query<T>('db.request', { op, input });
}

/** The options page installs its test hook asynchronously (a dynamic import in test builds). */
async function exportDataFrom(page: Page): Promise<unknown> {
  await page.waitForFunction(() => window.__zettelData !== undefined);
  return page.evaluate(() => window.__zettelData!.exportData());
}

/** Runs a data operation inside an extension page (the options page's test hook), as the page itself would. */
function runInPage<T = unknown>(page: Page, op: string, input?: unknown): Promise<T> {
  return page.evaluate(
    async ({ op, input }) => {
      await new Promise<void>((resolve) => {
        const wait = () => (window.__zettelData ? resolve() : setTimeout(wait, 20));
        wait();
      });
      return window.__zettelData!.run(op, input);
    },
    { op, input },
  ) as Promise<T>;
}

/**
 * Stops the extension's service worker as Chrome does when it is idle: `ServiceWorker.stopAllWorkers`
 * over the stage page's CDP session (a persistent context has no browser-level session). Proof that it
 * really stopped: the content script's data port dropped (its status log shows a disconnect).
 */
async function stopServiceWorker(context: BrowserContext, page: Page, zettel: Zettel): Promise<number> {
  const logBefore = (await zettel.query<string[]>('db.statusLog')).length;
  const started = Date.now();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await expect
    .poll(async () => (await zettel.query<string[]>('db.statusLog')).slice(logBefore), { timeout: 5000, message: 'the data port never dropped' })
    .toEqual(expect.arrayContaining([expect.stringMatching(/^(idle|reconnecting)$/)]));
  return Date.now() - started;
}

test.describe('data layer', () => {
  test('a write from the content script shows up live in the open popup', async ({ stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="count-toAnswer"]')).toHaveText('0');

    const started = Date.now();
    await request(zettel, 'flagChat', { chatKey: schneider });
    await expect(popup.locator('[data-zettel="count-toAnswer"]')).toHaveText('1');
    console.log(`content write → popup count: ${Date.now() - started} ms`);

    await request(zettel, 'markMessage', { chatKey: baustelle, messageId: 'false_4917012@c.us_3EB0AA', snippet: 'Bitte um Rückruf', sender: 'Bauleiter' });
    await expect(popup.locator('[data-zettel="count-toAnswer"]')).toHaveText('2');
    await expect(popup.locator('[data-zettel="count-openMarkers"]')).toHaveText('1');
  });

  test('a write from an extension page reaches the content script subscription', async ({ stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    await zettel.query('db.subscribe', { name: 'states', op: 'chatStates', input: { chatKeys: [schneider] } });
    await expect.poll(async () => (await zettel.query<{ values: unknown[] }>('db.changes', { name: 'states' })).values.length).toBe(1);

    const options = await openOptions();
    const started = Date.now();
    await runInPage(options, 'flagChat', { chatKey: schneider });
    await expect
      .poll(async () => {
        const { values } = await zettel.query<{ values: Array<Array<{ flag: unknown }>> }>('db.changes', { name: 'states' });
        return values.at(-1)?.[0]?.flag !== null;
      })
      .toBe(true);
    console.log(`options write → content subscription: ${Date.now() - started} ms`);
  });

  test('after the service worker is stopped, writes still land and live updates resume without reload', async ({
    context,
    page,
    stage,
    zettel,
    openPopup,
    openOptions,
  }) => {
    await stage.open();
    await zettel.booted();
    await zettel.query('db.subscribe', { name: 'flags', op: 'listFlags', input: {} });
    await request(zettel, 'flagChat', { chatKey: schneider });
    await expect.poll(async () => (await zettel.query<{ values: unknown[][] }>('db.changes', { name: 'flags' })).values.at(-1)?.length).toBe(1);
    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="count-toAnswer"]')).toHaveText('1');
    const options = await openOptions();
    await page.bringToFront();

    for (let round = 1; round <= 3; round++) {
      const stopMs = await stopServiceWorker(context, page, zettel);
      const key = `title:Kunde nach Neustart ${round}`;
      const started = Date.now();
      // the next write from the page: it must land, acknowledged after commit
      const flag = await request<{ chatKey: string }>(zettel, 'flagChat', { chatKey: key });
      expect(flag.chatKey).toBe(key);
      console.log(`round ${round}: worker stopped in ${stopMs} ms; next write acknowledged after ${Date.now() - started} ms`);
      await expect(popup.locator('[data-zettel="count-toAnswer"]')).toHaveText(String(1 + round));
      // and live updates resume in the content script, also for writes from an extension page
      await runInPage(options, 'saveNote', { chatKey: key, text: `Notiz ${round}` });
      await zettel.query('db.subscribe', { name: `note-${round}`, op: 'getNote', input: { chatKey: key } });
      await expect
        .poll(async () => (await zettel.query<{ values: Array<{ text: string } | null> }>('db.changes', { name: `note-${round}` })).values.at(-1)?.text)
        .toBe(`Notiz ${round}`);
    }
    // the subscription made before the first stop was re-subscribed and saw every write
    await runInPage(options, 'unflagChat', { chatKey: schneider });
    await expect
      .poll(async () => {
        const { values } = await zettel.query<{ values: Array<Array<{ chatKey: string }>> }>('db.changes', { name: 'flags' });
        return values.at(-1)?.map((flag) => flag.chatKey).sort();
      })
      .toEqual(['title:Kunde nach Neustart 1', 'title:Kunde nach Neustart 2', 'title:Kunde nach Neustart 3']);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1); // no reload
  });

  test('a write issued while the worker is stopped is retried, not dropped', async ({ context, page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await request(zettel, 'listFlags');
    await stopServiceWorker(context, page, zettel);
    const writes = await Promise.all(
      Array.from({ length: 10 }, (_, index) => request<{ chatKey: string }>(zettel, 'pinChat', { chatKey: `title:Kunde ${index}` })),
    );
    expect(writes).toHaveLength(10);
    const pins = await request<Array<{ chatKey: string }>>(zettel, 'listPins');
    expect(pins.map((pin) => pin.chatKey).sort()).toEqual(Array.from({ length: 10 }, (_, index) => `title:Kunde ${index}`).sort());
  });

  // ASCII-only title: Chromium's file chooser silently ignores a file whose path (the test's output folder) has non-ASCII characters.
  test('export, delete all, import restores identical data', async ({ stage, zettel, openOptions }, testInfo) => {
    await stage.open();
    await zettel.booted();
    // Not a default label's name: Zettel creates "Angebot" & co. on install (labels feature).
    const label = await request<{ id: string }>(zettel, 'createLabel', { name: 'Angebot Bad', color: '#1e88e5' });
    await request(zettel, 'flagChat', { chatKey: schneider });
    await request(zettel, 'setChatLabels', { chatKey: schneider, labelIds: [label.id] });
    await request(zettel, 'pinChat', { chatKey: baustelle });
    await request(zettel, 'markMessage', { chatKey: schneider, messageId: '3EB0C767', snippet: '<b>Maße</b> 2,40 × 1,80', sender: 'Frau Schneider' });
    await request(zettel, 'saveNote', { chatKey: schneider, text: 'Hund im Garten – klingeln!' });
    await request(zettel, 'saveTemplate', { title: 'Termin bestätigt', body: 'Guten Tag {Name},\nTermin steht.', tags: ['termin'], shortcut: 'tb' });
    await request(zettel, 'scheduleReminder', { chatKey: schneider, dueAt: Date.now() + 30 * 86_400_000 });
    await request(zettel, 'updateSetting', { key: 'flags.overdueAfterHours', value: 8 });

    const options = await openOptions();
    const before = await exportDataFrom(options);

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-zettel-action="export-backup"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^zettel-backup-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'ok');
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'zettel-backup', version: CURRENT_SCHEMA_VERSION });

    await options.locator('[data-zettel-action="delete-all-data"]').click();
    await options.locator('[data-zettel-action="confirm-delete-all-data"]').click();
    await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'ok');
    expect(await request<unknown[]>(zettel, 'listFlags')).toEqual([]);

    await options.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
    await expect(options.locator('[data-zettel="backup-preview"]')).toBeVisible();
    await expect(options.locator('[data-table="flags"] [data-count="added"]')).toHaveText('1');
    await options.locator('[data-zettel-action="confirm-import"]').click();
    await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'ok');

    expect(await exportDataFrom(options)).toEqual(before);
    expect(await request<unknown[]>(zettel, 'listFlags')).toHaveLength(1);
  });

  test('a malformed backup is refused with a message that names the problem, and nothing changes', async ({ openOptions }, testInfo) => {
    const options = await openOptions();
    await runInPage(options, 'flagChat', { chatKey: schneider });
    const before = await exportDataFrom(options);
    const status = options.locator('[data-zettel="backup-status"]');
    const files: Array<[string, string, RegExp]> = [
      ['abgeschnitten.json', '{"format":"zettel-backup","version":1,"exportedAt":1,"data":{"flags":[{"chatKey":"ti', /unvollständig/],
      ['neuer.json', JSON.stringify({ format: 'zettel-backup', version: 99, exportedAt: 1, data: {} }), /neueren Zettel-Version/],
      ['proto.json', '{"format":"zettel-backup","version":1,"exportedAt":1,"data":{},"__proto__":{"x":1}}', /__proto__/],
      ['typ.json', JSON.stringify({ format: 'zettel-backup', version: 1, exportedAt: 1, data: { flags: [{ chatKey: schneider, waitingSince: 'gestern', state: 'open', updatedAt: 1 }] } }), /data\.flags\[0\]\.waitingSince/],
    ];
    for (const [name, text, message] of files) {
      const file = testInfo.outputPath(name);
      writeFileSync(file, text);
      await options.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
      await expect(status).toHaveAttribute('data-state', 'error');
      await expect(status).toHaveText(message);
      await expect(options.locator('[data-zettel="backup-preview"]')).toHaveCount(0);
    }
    // a 50 MB file is refused by its size, before it is read
    const big = testInfo.outputPath('gross.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await options.locator('[data-zettel-action="import-backup"]').setInputFiles(big);
    await expect(status).toHaveText(/zu groß \(50\.0 MB\)/);
    expect(await exportDataFrom(options)).toEqual(before);
  });

  test('a crafted backup cannot switch on sending: the preview lists its settings, the reply arrives off', async ({ openOptions }, testInfo) => {
    const options = await openOptions();
    const future = Date.UTC(2031, 0, 1);
    const file = testInfo.outputPath('urlaub.json');
    writeFileSync(file, craftedAutoReplyBackup(future));
    await options.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
    const preview = options.locator('[data-zettel="backup-preview"]');
    await expect(preview).toBeVisible();
    await expect(preview.locator('[data-zettel="backup-preview-settings"] li')).toHaveText(['away.autoReply', 'away.text']);
    await expect(preview.locator('[data-zettel="backup-preview-auto-reply-off"]')).toBeVisible();
    await options.locator('[data-zettel-action="confirm-import"]').click();
    await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'ok');

    const settings = await runInPage<Record<string, unknown>>(options, 'getSettings');
    expect(settings['away.autoReply']).toEqual({ enabled: false, confirmedText: null, enabledAt: null, maxPerHour: 60 });
    expect(settings['away.text']).toBe(CRAFTED_AWAY_TEXT);
    const exported = (await exportDataFrom(options)) as { settings: Array<{ updatedAt: number }> };
    expect(exported.settings).toHaveLength(2);
    for (const row of exported.settings) expect(row.updatedAt).toBeLessThan(future);
  });
});
