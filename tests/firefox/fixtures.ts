import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { stageResponse, type StageProfile } from '../stage/serve.ts';
import { stageHandle, zettelHandle, type HandlePage, type StageHandle, type ZettelHandle } from '../support/handles.ts';
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
  stage: StageHandle;
  zettel: ZettelHandle;
}

/** puppeteer types evaluate by its argument list; the shared handles pass one argument. */
function handlePage(page: Page): HandlePage {
  return {
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    waitForFunction: (check) => page.waitForFunction(check),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg),
  };
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
    await use(stageHandle(handlePage(page), profile));
  },

  zettel: async ({ ffPage: page }, use) => {
    await use(zettelHandle(handlePage(page), 'in Firefox', 15_000));
  },
});

export { expect };
