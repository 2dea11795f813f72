/**
 * One Chromium for the whole benchmark, with Zettel loaded, serving the stage on TWO origins:
 * - https://web.whatsapp.com — Zettel's content script matches it ("with");
 * - a control origin — the same stage, byte for byte, where no content script matches ("without").
 * So "with" and "without" run in the same browser process, with the same flags, cache and machine
 * load, alternating page by page; the only difference is Zettel's content script.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { STAGE_ORIGIN, stageResponse, stageUrl, type StageOptions } from '../stage/serve.ts';
import { chromiumPath, outputDir, quietChromiumArgs } from '../support/browsers.ts';

export type Mode = 'with' | 'without';

/** Not matched by the manifest's `*://web.whatsapp.com/*`; `.test` never resolves (RFC 2606). */
export const CONTROL_ORIGIN = 'https://whatsapp-stage-control.test';

/** The product build (what users install); the benchmark measures this, never the test build. */
export const productBuild = path.join(outputDir, 'chrome-mv3');

/** The stage URL of a mode: the same page and query, on the origin where Zettel runs or does not. */
export function benchStageUrl(mode: Mode, options: StageOptions): string {
  const url = stageUrl(options);
  return mode === 'with' ? url : CONTROL_ORIGIN + url.slice(STAGE_ORIGIN.length);
}

/** Serves the stage on both origins and refuses everything else (no request may leave the machine). */
export async function routeStage(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const asStage = url.startsWith(CONTROL_ORIGIN) ? STAGE_ORIGIN + url.slice(CONTROL_ORIGIN.length) : url;
    const response = stageResponse(asStage);
    if (response) await route.fulfill(response);
    else await route.abort('blockedbyclient');
  });
}

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The persistent profile folder (its IndexedDB files give the database's size on disk). */
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir = productBuild): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'de-DE',
    env: { ...process.env, LANG: 'de_DE.UTF-8', LANGUAGE: 'de' },
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...quietChromiumArgs, '--lang=de-DE', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  await routeStage(context);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
      throw new Error(`Zettel did not load from ${extensionDir} (no service worker). Build it first: npx wxt build`);
    }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

type StageWindow = { __stage: { ready: Promise<void> } };

/** Opens the stage in `page` for a mode and waits until it has rendered. */
export async function openStage(page: Page, mode: Mode, options: StageOptions): Promise<void> {
  await page.goto(benchStageUrl(mode, options));
  await page.waitForFunction(() => (window as unknown as Partial<StageWindow>).__stage?.ready !== undefined);
  await page.evaluate(() => (window as unknown as StageWindow).__stage.ready);
}

/**
 * Waits until Zettel decorated the chat list (every row gets a marks container): the product build
 * has no test bridge, so its boot is seen in the DOM. Without Zettel there is nothing to wait for.
 */
export async function waitForZettel(page: Page, mode: Mode, timeout = 15_000): Promise<void> {
  if (mode === 'without') return;
  await page.waitForSelector('[data-zettel="chat-marks"]', { state: 'attached', timeout });
}
