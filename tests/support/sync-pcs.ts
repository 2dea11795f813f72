/**
 * "Two PCs" for the sync e2e: each a persistent Chromium profile of its own with the test extension
 * and the stage at https://web.whatsapp.com. Unlike the shared fixture, requests to the loopback
 * CouchDB test server pass (the fixture refuses every other web request); everything else outside the
 * stage is refused as usual.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { stageResponse, type StageProfile } from '../stage/serve.ts';
import { chromeTestBuild, chromiumPath, quietChromiumArgs } from './browsers.ts';
import { stageHandle, zettelHandle, type StageHandle, type ZettelHandle } from './handles.ts';

export interface Pc {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
  stage: StageHandle;
  zettel: ZettelHandle;
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchPc(profile: StageProfile): Promise<Pc> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-sync-pc-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'de-DE',
    env: { ...process.env, LANG: 'de_DE.UTF-8', LANGUAGE: 'de' },
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    args: [...quietChromiumArgs, '--lang=de-DE', `--disable-extensions-except=${chromeTestBuild}`, `--load-extension=${chromeTestBuild}`],
  });
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1:')) return route.fallback();
    const response = stageResponse(url);
    if (response) await route.fulfill(response);
    else await route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    worker,
    extensionId,
    page,
    stage: stageHandle(page, profile),
    zettel: zettelHandle(page, 'on the stage', 10_000),
    async openExtensionPage(file) {
      const opened = await context.newPage();
      await opened.goto(`chrome-extension://${extensionId}/${file}`);
      return opened;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
