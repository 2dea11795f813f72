import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { stageResponse, stageUrl, type StageOptions, type StageProfile } from '../stage/serve.ts';
import { bridgeQuery } from '../support/bridge.ts';
import { firefoxPath, firefoxTestBuild } from '../support/browsers.ts';

/**
 * Firefox smoke tests run in Playwright's test runner but drive Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi: Playwright's own Firefox is a patched build that cannot be
 * installed here (toolchain.md). The extension is installed as a temporary add-on.
 */
export interface FirefoxOptions {
  profile: StageProfile;
}

// Not named browser/page: those are Playwright's own fixtures (with Playwright's types).
interface FirefoxFixtures {
  firefox: Browser;
  ffPage: Page;
  stage: { open(options?: StageOptions): Promise<void>; reload(): Promise<void> };
  zettel: { query<T = unknown>(cmd: string, args?: unknown): Promise<T>; booted(): Promise<void> };
}

async function serveStage(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!/^https?:/.test(url)) {
      void request.continue();
      return;
    }
    const response = stageResponse(url);
    if (response) void request.respond({ status: response.status, contentType: response.contentType, body: response.body });
    else void request.abort('blockedbyclient');
  });
}

export const test = base.extend<FirefoxOptions & FirefoxFixtures>({
  profile: ['current-2026', { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  firefox: async ({}, use) => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: { 'intl.locale.requested': 'de', 'intl.accept_languages': 'de-DE,de' },
    });
    try {
      await browser.installExtension(firefoxTestBuild);
    } catch (error) {
      await browser.close();
      throw new Error(`The Zettel extension did not install into Firefox from ${firefoxTestBuild}: ${String(error)}`);
    }
    await use(browser);
    await browser.close();
  },

  ffPage: async ({ firefox }, use) => {
    const page = (await firefox.pages())[0] ?? (await firefox.newPage());
    await serveStage(page);
    await use(page);
  },

  stage: async ({ ffPage: page, profile }, use) => {
    const waitReady = async () => {
      await page.waitForFunction(() => (window as { __stage?: { ready?: unknown } }).__stage?.ready !== undefined);
      await page.evaluate(() => (window as unknown as { __stage: { ready: Promise<void> } }).__stage.ready);
    };
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

  zettel: async ({ ffPage: page }, use) => {
    const query = <T,>(cmd: string, args?: unknown) => page.evaluate(bridgeQuery, { cmd, args }) as Promise<T>;
    await use({
      query,
      async booted() {
        await expect
          .poll(async () => query<string>('ping').catch((error: Error) => error.message), {
            message: 'the Zettel content script never answered in Firefox',
            timeout: 15_000,
          })
          .toBe('pong');
      },
    });
  },
});

export { expect };
