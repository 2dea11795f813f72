/**
 * Durability: data written through the content script is still there after the whole browser was
 * closed and started again on the same profile. This test launches its own persistent context twice
 * (the shared fixture gives every test a fresh profile).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, test, expect, type BrowserContext } from '@playwright/test';
import { stageResponse, stageUrl } from '../stage/serve.ts';
import { bridgeQuery } from '../support/bridge.ts';
import { chromeTestBuild, chromiumPath, quietChromiumArgs } from '../support/browsers.ts';

async function launch(userDataDir: string, firstRun: boolean): Promise<BrowserContext> {
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
  // On the first run content scripts are registered once the extension has loaded: wait for its worker,
  // as the fixture does. After a restart the extension is already installed and Chrome may start the
  // MV3 worker only when something needs it, so waiting for it there would be wrong.
  if (firstRun && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 10_000 });
  return context;
}

async function openStage(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(stageUrl({}));
  const query = <T,>(cmd: string, args?: unknown) => page.evaluate(bridgeQuery, { cmd, args }) as Promise<T>;
  await expect.poll(() => query<string>('ping').catch((error: Error) => error.message), { timeout: 15_000 }).toBe('pong');
  return query;
}

// eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even without fixtures
test('data survives a browser restart', async ({}, testInfo) => {
  test.skip(!testInfo.project.name.startsWith('chromium-current'), 'one profile is enough: this tests storage, not WhatsApp');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-restart-'));
  try {
    let context = await launch(userDataDir, true);
    let query = await openStage(context);
    await query('db.request', { op: 'flagChat', input: { chatKey: 'title:Familie Schneider', waitingSince: 1_700_000_000_000 } });
    await query('db.request', { op: 'saveNote', input: { chatKey: 'title:Familie Schneider', text: 'Hund im Garten' } });
    await context.close();

    context = await launch(userDataDir, false);
    query = await openStage(context);
    expect(await query('db.request', { op: 'listFlags' })).toEqual([
      expect.objectContaining({ chatKey: 'title:Familie Schneider', waitingSince: 1_700_000_000_000 }),
    ]);
    expect(await query('db.request', { op: 'getNote', input: { chatKey: 'title:Familie Schneider' } })).toMatchObject({ text: 'Hund im Garten' });
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
