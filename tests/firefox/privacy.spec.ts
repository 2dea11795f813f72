/**
 * Privacy in Firefox (issue 10; the Chromium suite is tests/e2e/privacy.spec.ts). Firefox gives a test
 * no view of an add-on's background page network, so this test makes the browser itself the witness:
 * every request Firefox sends to the network goes through a local recording proxy (prefs
 * network.proxy.*), whichever context made it — background page, content script, extension page. The
 * staged WhatsApp page is answered by request interception before the network, as in every Firefox test.
 * A positive control (a plain page load) proves the proxy sees traffic. Firefox's own service hosts
 * (captive-portal check, settings, telemetry) are not Zettel's and are listed apart.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { test, expect } from '@playwright/test';
import { stageResponse, stageUrl, type StageProfile } from '../stage/serve.ts';
import type { StageApi } from '../stage/src/api.ts';
import { bridgeQuery } from '../support/bridge.ts';
import { firefoxPath, firefoxTestBuild } from '../support/browsers.ts';

type W = { __stage: StageApi };
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozilla\.cloud|mozgcp\.net)$/;

async function recordingProxy(): Promise<{ server: Server; port: number; hosts: string[] }> {
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    hosts.push(new URL(req.url ?? '/', 'http://unknown').host);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    hosts.push(String(req.url).replace(/:\d+$/, ''));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, hosts };
}

async function serveStage(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const response = /^https?:/.test(request.url()) ? stageResponse(request.url()) : null;
    if (response) void request.respond({ status: response.status, contentType: response.contentType, body: response.body });
    else void request.continue(); // not answered here: it goes to the network, i.e. to the recording proxy
  });
}

// eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even without fixtures
test('privacy (Firefox): a session sends nothing to the network', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const profile = (testInfo.project.use as { profile?: StageProfile }).profile ?? 'current-2026';
  const proxy = await recordingProxy();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'intl.locale.requested': 'de',
      },
    });
    await browser.installExtension(firefoxTestBuild);

    // Positive control: a page load that no interception answers reaches the proxy.
    const control = await browser.newPage();
    await control.goto('http://privacy-control.invalid/').catch(() => null);
    await expect.poll(() => proxy.hosts.includes('privacy-control.invalid'), { message: 'the proxy saw the control' }).toBe(true);
    await control.close();
    const before = proxy.hosts.length;

    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await serveStage(page);
    await page.goto(stageUrl({ profile }));
    await page.waitForFunction(() => (window as { __stage?: { ready?: unknown } }).__stage?.ready !== undefined);
    const query = <T,>(cmd: string, args?: unknown) => page.evaluate(bridgeQuery, { cmd, args }) as Promise<T>;
    await expect.poll(() => query<string>('ping').catch((e: Error) => e.message), { timeout: 15_000 }).toBe('pong');

    // A session: open a chat, flag it from the header, label it, set a reminder, write a note and a template, answer.
    const chat = await page.evaluate(async () => {
      const stage = (window as unknown as W).__stage;
      const target = stage.chats()[4]!;
      await stage.openChat(target.key);
      return target;
    });
    await page.waitForSelector('[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]');
    await page.click('[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]');
    const chatKey = `title:${chat.title}`;
    await expect.poll(async () => (await query<unknown[]>('db.request', { op: 'listFlags' })).length).toBe(1);
    const label = await query<{ id: string }>('db.request', { op: 'createLabel', input: { name: 'Privat', color: '#1e88e5' } });
    await query('db.request', { op: 'setChatLabels', input: { chatKey, labelIds: [label.id] } });
    await query('db.request', { op: 'scheduleReminder', input: { chatKey, dueAt: Date.now() + 3_600_000, note: 'Rückruf' } });
    await query('db.request', { op: 'saveNote', input: { chatKey, text: 'Hund im Garten' } });
    await query('db.request', { op: 'saveTemplate', input: { title: 'Termin', body: 'Guten Tag {Name}', tags: ['termin'], shortcut: 'tt' } });
    await page.evaluate((k) => (window as unknown as W).__stage.receiveMessage(k, 'Wann kommen Sie?'), chat.key);
    await query('insertText', { text: 'Morgen um 8.' });
    await page.keyboard.press('Enter');
    await page.reload();
    await expect.poll(() => query<string>('ping').catch((e: Error) => e.message), { timeout: 15_000 }).toBe('pong');
    await new Promise((resolve) => setTimeout(resolve, 2000)); // anything sent late still reaches the proxy

    // The control page's own host may come again late (a retry of the failed load): it is the test's, not Zettel's.
    const during = proxy.hosts.slice(before).filter((host) => host !== 'privacy-control.invalid');
    const firefoxOwn = during.filter((host) => FIREFOX_OWN.test(host));
    const outside = during.filter((host) => !FIREFOX_OWN.test(host));
    console.log(`privacy (Firefox): proxy saw ${during.length} connections during the session (${firefoxOwn.length} to Firefox's own services: ${[...new Set(firefoxOwn)].join(', ') || 'none'})`);
    console.log(`requests seen outside: ${outside.length}`);
    expect(outside).toEqual([]);
  } finally {
    await browser?.close();
    proxy.server.close();
  }
});
