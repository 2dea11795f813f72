/**
 * Privacy (issue 10, docs/security.md): through a whole working session — flag, label, reminder, backup
 * export and import, popup and options open, every in-page feature used — no extension context makes a
 * single request to an address outside the extension's own files and the (staged) WhatsApp page.
 *
 * Three independent recorders, each proven to see a request first (a positive control per context, so
 * the test cannot pass by recording nothing):
 * 1. `context.on('request')`: every page, extension pages included, and the service worker
 *    (`request.serviceWorker()` in Chromium);
 * 2. a route on every URL (`context.route('**')`), which also sees requests the fixture's own route
 *    would refuse;
 * 3. CDP `Network` on the service worker's own target, attached through the page's CDP session
 *    (`Target.attachToTarget` + `Target.sendMessageToTarget`: a persistent context has no browser session),
 *    re-attached whenever Chrome starts the worker again.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { stageResponse } from '../stage/serve.ts';
import { openChat, rowMarks, stageChats } from './chat-marks-support.ts';
import { test, expect } from './fixtures';

interface Seen {
  url: string;
  by: string;
}

function isInside(url: string, extensionId: string): boolean {
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  if (/^(data|blob):/.test(url)) return true; // made in memory, never leaves the browser
  return url.startsWith('https://web.whatsapp.com/') && stageResponse(url) !== null;
}

async function recordRequests(context: BrowserContext): Promise<Seen[]> {
  const seen: Seen[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const by = worker ? `service worker ${worker.url()}` : `page ${request.frame().url()}`;
    seen.push({ url: request.url(), by: `context:${by}` });
  });
  // Registered after the fixture's stage route, so it runs first; it only records and passes on.
  await context.route('**/*', async (route) => {
    seen.push({ url: route.request().url(), by: 'route' });
    await route.fallback();
  });
  return seen;
}

/** CDP Network events of every service worker target, recorded through the page's CDP session. */
async function recordServiceWorkerNetwork(page: Page, seen: Seen[]): Promise<{ attached: () => number; stop: () => Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const attached = new Set<string>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) seen.push({ url: message.params.request.url, by: 'cdp:service-worker' });
  });
  const attach = async (targetId: string) => {
    if (attached.has(targetId)) return;
    attached.add(targetId);
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Network.enable', params: {} }) });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Runtime.runIfWaitingForDebugger', params: {} }) });
  };
  cdp.on('Target.targetCreated', (event: { targetInfo: { targetId: string; type: string } }) => {
    if (event.targetInfo.type === 'service_worker') void attach(event.targetInfo.targetId).catch(() => {});
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string }> };
  for (const target of targetInfos.filter((t) => t.type === 'service_worker')) await attach(target.targetId);
  return { attached: () => attached.size, stop: () => cdp.detach() };
}

const PROBE = 'https://privacy-probe.invalid/';
const CSP_PROBE = 'http://privacy-probe.invalid/';

test('privacy: a whole session makes no request outside the extension and WhatsApp', async ({ context, page, stage, zettel, serviceWorker, extensionId, openPopup, openOptions }, testInfo) => {
  test.setTimeout(120_000);
  const seen = await recordRequests(context);
  await stage.open();
  await zettel.booted();
  const cdp = await recordServiceWorkerNetwork(page, seen);
  expect(cdp.attached(), 'CDP attached to the service worker').toBeGreaterThan(0);

  // Positive controls: each recorder sees a request from each kind of context (set aside afterwards).
  // Extension contexts fetch one of their own files (their CSP allows nothing else); the page fetches outside.
  const control = (who: string) => `?privacy-control=${who}`;
  await serviceWorker.evaluate((q) => fetch(`/manifest.json${q}`).then((r) => r.status), control('worker'));
  await page.evaluate((url) => fetch(`${url}page`).catch(() => null), PROBE);
  const popup = await openPopup();
  await popup.evaluate((q) => fetch(`/manifest.json${q}`).then((r) => r.status), control('popup'));
  const seenBy = (needle: string) => [...new Set(seen.filter((s) => s.url.includes(needle)).map((s) => s.by.split(':')[0]))].sort();
  // (Playwright reports a worker's http(s) requests, not its chrome-extension:// ones: CDP sees both.)
  await expect.poll(() => seenBy(control('worker')), { message: 'the service worker control' }).toEqual(expect.arrayContaining(['cdp']));
  await expect.poll(() => seenBy(`${PROBE}page`), { message: 'the page control' }).toEqual(['context', 'route']);
  await expect.poll(() => seenBy(control('popup')), { message: 'the popup control' }).toEqual(expect.arrayContaining(['context']));
  // And the extension's CSP stops a plain-http request to elsewhere before it is made. (TLS servers are
  // allowed since team sync talks to the firm's CouchDB, which the policy cannot name; that no https
  // request is made either is what the recorders above prove: docs/security.md.)
  const blocked = await Promise.all([
    serviceWorker.evaluate((url) => fetch(url).then(() => 'sent', () => 'refused'), `${CSP_PROBE}worker-csp`),
    popup.evaluate((url) => fetch(url).then(() => 'sent', () => 'refused'), `${CSP_PROBE}popup-csp`),
  ]);
  expect(blocked).toEqual(['refused', 'refused']);

  // The session.
  const chats = await stageChats(page);
  const chat = chats[4]!;
  await openChat(page, chat.key);
  const header = page.locator('[data-zettel="header-marks"]');
  await header.locator('[data-zettel-action="toggle-flag"]').click();
  await expect.poll(async () => (await rowMarks(page)).find((r) => r.key === chat.key)?.flag?.state).toBe('open');
  await header.locator('[data-zettel-action="edit-labels"]').click();
  await page.locator('[data-zettel="label-menu"] [data-zettel-action="toggle-label"]').first().check();
  await expect.poll(async () => (await rowMarks(page)).find((r) => r.key === chat.key)?.labels.length).toBe(1);
  await page.keyboard.press('Escape');
  await header.locator('[data-zettel-action="remind"]').click();
  await page.locator('[data-zettel="remind-menu"] [data-zettel-action="remind-at"]').first().click();
  await serviceWorker.evaluate(() => (globalThis as unknown as { __zettelBackground: { fireReminders(u: number): Promise<unknown> } }).__zettelBackground.fireReminders(Date.now() + 7 * 86_400_000));
  // Every other in-page control Zettel offers (pins, templates, notes, markers, overview… as they exist).
  const used: string[] = [];
  for (const action of ['toggle-pin', 'open-notes', 'open-templates', 'open-overview']) {
    const control = page.locator(`[data-zettel-action="${action}"]`).first();
    if ((await control.count()) === 0 || !(await control.isVisible())) continue;
    await control.click();
    used.push(action);
    await page.keyboard.press('Escape');
  }
  const message = page.locator('[data-zettel-action="mark-message"]').first();
  if ((await message.count()) > 0) {
    await message.click({ force: true });
    used.push('mark-message');
    await page.keyboard.press('Escape');
  }
  // A message arrives and is answered (auto-clear, toast).
  await page.evaluate((k) => (window as unknown as { __stage: { receiveMessage(k: string, t: string): string } }).__stage.receiveMessage(k, 'Wann kommen Sie?'), chat.key);
  await page.locator('footer [contenteditable="true"]').click();
  await page.keyboard.type('Morgen um 8.');
  await page.keyboard.press('Enter');
  await popup.reload();
  await expect(popup.locator('[data-zettel="health"]')).toBeVisible();

  // Backup: export, then import the same file (options page, through its UI).
  const options = await openOptions();
  await options.evaluate((q) => fetch(`/manifest.json${q}`).then((r) => r.status), control('options'));
  await expect.poll(() => seenBy(control('options')), { message: 'the options control' }).toEqual(expect.arrayContaining(['context']));
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-zettel-action="export-backup"]').click()]);
  const file = testInfo.outputPath('privacy-backup.json');
  await download.saveAs(file);
  await options.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
  await options.locator('[data-zettel-action="confirm-import"]').click();
  await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'ok');
  for (const section of ['labels', 'flags', 'templates', 'language', 'privacy', 'backup']) await options.goto(`chrome-extension://${extensionId}/options.html#${section}`);
  await stage.reload();
  await zettel.booted();
  await cdp.stop();

  const all = seen.filter((s) => !s.url.startsWith(PROBE) && !s.url.includes('privacy-control='));
  expect(seen.filter((s) => s.url.includes('-csp')), 'requests the CSP should have stopped').toEqual([]);
  const outside = all.filter((s) => !isInside(s.url, extensionId));
  console.log(`privacy: requests seen ${all.length} (by context ${all.filter((s) => s.by.startsWith('context')).length}, route ${all.filter((s) => s.by === 'route').length}, CDP on the worker ${all.filter((s) => s.by.startsWith('cdp')).length}); in-page controls used: ${['toggle-flag', 'edit-labels', 'remind', ...used].join(', ')}`);
  console.log(`requests seen outside: ${outside.length}`);
  expect(outside).toEqual([]);
});
