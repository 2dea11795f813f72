/**
 * Onboarding: the welcome page opens once when Zettel is installed (every fixture profile is a fresh
 * install) — not again after a browser restart. (An update — onInstalled with reason "update" —
 * is covered by tests/unit/background/onboarding.test.ts: an extension reload in this test browser
 * does not come back.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { stageResponse, stageUrl } from '../stage/serve.ts';
import { bridgeQuery } from '../support/bridge.ts';
import { chromeTestBuild, chromiumPath, quietChromiumArgs } from '../support/browsers.ts';
import { test, expect } from './fixtures';

const welcomePages = (context: BrowserContext) => context.pages().filter((page) => page.url().endsWith('/welcome.html'));

async function lastInstall(worker: Worker): Promise<{ reason: string } | undefined> {
  return worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await storage.local.get('zettel.lastInstall'))['zettel.lastInstall'] as { reason: string } | undefined;
  });
}

test.describe('welcome page', () => {
  test('opens once on install with what Zettel does, the shortcuts, the privacy promise and a way to WhatsApp', async ({ context, serviceWorker }) => {
    await expect.poll(() => welcomePages(context).length).toBe(1);
    await expect.poll(() => lastInstall(serviceWorker)).toMatchObject({ reason: 'install' });
    const welcome = welcomePages(context)[0]!;
    await expect(welcome.locator('h1')).toHaveText('Willkommen bei Zettel');
    const shortcuts = welcome.locator('[data-zettel="shortcut"]');
    await expect(shortcuts).toHaveCount(4);
    await expect(welcome.locator('[data-zettel="welcome-shortcuts"]')).toContainText('Alt+Umschalt+F');
    await expect(welcome.locator('[data-zettel="shortcut"][data-command="open-overview"]')).toContainText('Alt+Umschalt+O');
    await expect(welcome.locator('[data-zettel="shortcut"][data-command="open-templates"]')).toContainText('Alt+Umschalt+T');
    await expect(welcome.locator('[data-zettel="welcome"]')).toContainText('nichts verlässt deinen Rechner');

    await welcome.getByRole('button', { name: 'WhatsApp Web öffnen' }).click();
    await expect
      .poll(() =>
        welcome.evaluate(async () => {
          type Tab = { url?: string; pendingUrl?: string };
          const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
          return (await tabs.query({})).map((tab) => tab.pendingUrl ?? tab.url);
        }),
      )
      .toContain('https://web.whatsapp.com/');
  });
});

test('welcome page: the ready template pack in one click, so the picker is not empty on the first reply', async ({ context, stage, zettel }) => {
  await expect.poll(() => welcomePages(context).length).toBe(1);
  const welcome = welcomePages(context)[0]!;
  const card = welcome.locator('[data-zettel="welcome-template-pack"]');
  await card.getByRole('button', { name: 'Deutsch, „du“' }).click();
  await expect(card.locator('[data-zettel="welcome-pack-status"]')).toHaveAttribute('data-state', 'ok');
  await expect(card.locator('[data-zettel="welcome-pack-status"]')).toContainText('Vorlagen eingefügt');

  await stage.open();
  await zettel.booted();
  const stored = await zettel.query<Array<{ formality?: string }>>('db.request', { op: 'listTemplates' });
  expect(stored.length).toBeGreaterThan(5);
  expect(stored.every((template) => template.formality === 'du')).toBe(true);
});

// eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even without fixtures
test('welcome page: not again after a browser restart', async ({}, testInfo) => {
  test.skip(!testInfo.project.name.startsWith('chromium-current'), 'one profile is enough: this tests the install event, not WhatsApp');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-welcome-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...quietChromiumArgs, `--disable-extensions-except=${chromeTestBuild}`, `--load-extension=${chromeTestBuild}`],
    });
    await context.route(/^https?:\/\//, async (route) => {
      const response = stageResponse(route.request().url());
      if (response) await route.fulfill(response);
      else await route.abort('blockedbyclient');
    });
    return context;
  };
  try {
    let context = await launch();
    await expect.poll(() => welcomePages(context).length).toBe(1);
    await context.close();

    context = await launch();
    // Once the background answers the content script, its start-up (and any onInstalled) is behind us.
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(stageUrl({}));
    await expect
      .poll(() => page.evaluate(bridgeQuery, { cmd: 'db.request', args: { op: 'listFlags' } }).catch((error: Error) => error.message), { timeout: 15_000 })
      .toEqual([]);
    expect(welcomePages(context)).toHaveLength(0);
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
