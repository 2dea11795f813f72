import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { stageResponse, stageUrl, type StageOptions, type StageProfile } from '../stage/serve.ts';
import { bridgeQuery } from '../support/bridge.ts';
import { chromeTestBuild, chromiumPath, quietChromiumArgs } from '../support/browsers.ts';

export type UiLanguage = 'de' | 'en';

export interface ZettelTestOptions {
  /** The WhatsApp Web build profile of this project (every scenario runs on both). */
  profile: StageProfile;
  /** Browser UI language: decides which _locales the extension uses. */
  uiLang: UiLanguage;
}

export interface StageHandle {
  /** Opens the stage at https://web.whatsapp.com/ with the project's profile and waits until it is ready. */
  open(options?: StageOptions): Promise<void>;
  /** Reloads the stage page, keeping its options, and waits until it is ready. */
  reload(): Promise<void>;
}

export interface ZettelHandle {
  /** Sends a command to the content script's test bridge and returns its answer. */
  query<T = unknown>(cmd: string, args?: unknown): Promise<T>;
  /** Waits until the content script answers on the bridge (fails loudly when it never does). */
  booted(): Promise<void>;
}

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
    const waitReady = () => page.waitForFunction(() => (window as { __stage?: { ready?: unknown } }).__stage?.ready !== undefined).then(() =>
      page.evaluate(() => (window as unknown as { __stage: { ready: Promise<void> } }).__stage.ready),
    );
    await use({
      async open(options = {}) {
        await page.goto(stageUrl({ profile, ...options }));
        await waitReady();
      },
      async reload() {
        await page.reload();
        await waitReady();
      },
    });
  },

  zettel: async ({ page, serviceWorker }, use) => {
    void serviceWorker; // depend on it: a missing extension fails here, loudly, before any query
    const query = <T,>(cmd: string, args?: unknown) => page.evaluate(bridgeQuery, { cmd, args }) as Promise<T>;
    await use({
      query,
      async booted() {
        await expect
          .poll(async () => query<string>('ping').catch((error: Error) => error.message), {
            message: 'the Zettel content script never answered on the stage',
            timeout: 10_000,
          })
          .toBe('pong');
      },
    });
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
