/**
 * The `stage` and `zettel` test handles, shared by the Chromium fixtures (Playwright pages) and the
 * Firefox fixtures (puppeteer-core pages): both page kinds have goto, reload, waitForFunction and
 * evaluate, which is all the handles need.
 */
import { expect } from '@playwright/test';
import { stageUrl, type StageOptions, type StageProfile } from '../stage/serve.ts';
import { bridgeQuery } from './bridge.ts';

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

/** The part of a Playwright or puppeteer page the handles use. */
export interface HandlePage {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  waitForFunction(check: () => boolean): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown>;
}

export function stageHandle(page: HandlePage, profile: StageProfile): StageHandle {
  const waitReady = async () => {
    await page.waitForFunction(() => (window as { __stage?: { ready?: unknown } }).__stage?.ready !== undefined);
    await page.evaluate(() => (window as unknown as { __stage: { ready: Promise<void> } }).__stage.ready, undefined);
  };
  return {
    async open(options = {}) {
      await page.goto(stageUrl({ profile, ...options }));
      await waitReady();
    },
    async reload() {
      await page.reload();
      await waitReady();
    },
  };
}

/** `browserName` goes into the message when the content script never answers. */
export function zettelHandle(page: HandlePage, browserName: string, bootTimeoutMs: number): ZettelHandle {
  const query = <T,>(cmd: string, args?: unknown) => page.evaluate(bridgeQuery, { cmd, args }) as Promise<T>;
  return {
    query,
    async booted() {
      await expect
        .poll(async () => query<string>('ping').catch((error: Error) => error.message), {
          message: `the Zettel content script never answered ${browserName}`,
          timeout: bootTimeoutMs,
        })
        .toBe('pong');
    },
  };
}
