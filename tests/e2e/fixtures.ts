import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { stageResponse, type StageProfile } from '../stage/serve.ts';
import { stageHandle, zettelHandle, type StageHandle, type ZettelHandle } from '../support/handles.ts';
import { chromeTestBuild, chromiumPath, quietChromiumArgs } from '../support/browsers.ts';

export type UiLanguage = 'de' | 'en';

export interface ZettelTestOptions {
  /** The WhatsApp Web build profile of this project (every scenario runs on both). */
  profile: StageProfile;
  /** Browser UI language: decides which _locales the extension uses. */
  uiLang: UiLanguage;
}

export type { StageHandle, ZettelHandle };

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  page: Page;
  stage: StageHandle;
  zettel: ZettelHandle;
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
}

export const test = base.extend<ZettelTestOptions & Fixtures>({
  profile: ['current-2026', { option: true }],
  uiLang: ['de', { option: true }],

  context: async ({ uiLang }, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      locale: uiLang === 'de' ? 'de-DE' : 'en-US',
      env: { ...process.env, LANG: uiLang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8', LANGUAGE: uiLang },
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 800 },
      args: [
        ...quietChromiumArgs,
        `--lang=${uiLang === 'de' ? 'de-DE' : 'en-US'}`,
        `--disable-extensions-except=${chromeTestBuild}`,
        `--load-extension=${chromeTestBuild}`,
      ],
    });
    // The stage answers for https://web.whatsapp.com; every other web request is refused, as no
    // request may ever leave the extension (and this machine has no internet anyway).
    await context.route(/^https?:\/\//, async (route) => {
      const response = stageResponse(route.request().url());
      if (response) await route.fulfill(response);
      else await route.abort('blockedbyclient');
    });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
        throw new Error(
          `The Zettel extension did not load from ${chromeTestBuild}: no service worker started. ` +
            'Chromium fails silently on a non-ASCII content script (toolchain.md) or a broken manifest.',
        );
      }));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  stage: async ({ page, profile }, use) => {
    await use(stageHandle(page, profile));
  },

  zettel: async ({ page, serviceWorker }, use) => {
    void serviceWorker; // depend on it: a missing extension fails here, loudly, before any query
    await use(zettelHandle(page, 'on the stage', 10_000));
  },

  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      return popup;
    });
  },

  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      return options;
    });
  },
});

export { expect };
