/**
 * The picker itself in a real browser: how long opening it and each keystroke in its search take with
 * 100 / 1,000 / 5,000 templates — search plus rendering the list plus the style and layout it causes,
 * i.e. the main-thread work between the key and the next frame (paint excluded). The search alone is
 * measured by templates-run.ts; this adds what the DOM costs.
 *
 * Run (needs the test build: `ZETTEL_OUT_DIR=… npx wxt build --mode test`, or any e2e run):
 *   node scripts/run-ts.mjs tests/bench/template-picker-run.ts [--json file]
 *
 * How: Chromium with the test build, the stage at web.whatsapp.com. The templates (the German pack plus
 * the benchmark's synthetic trades corpus) are written straight into the extension's IndexedDB from
 * the options page in one transaction, before the WhatsApp page loads, so no subscription replays
 * thousands of single writes. On the stage, after the content script built its index (idle), the
 * picker is opened by the footer button and the eight benchmark queries are typed one character at a
 * time by setting the search field's value and dispatching `input` in the page — the feature's own
 * listener runs synchronously inside dispatchEvent — then forcing layout. Opening: 10 times per size.
 * Printed per size: wall time of opening and of each keystroke; "floor", the same steps on a bare
 * input (what the machine adds right now); "key CPU", the renderer main thread's CPU time per
 * keystroke from CDP (ThreadTime), which a busy machine does not inflate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { stageResponse, stageUrl } from '../stage/serve.ts';
import { bridgeQuery } from '../support/bridge.ts';
import { chromeTestBuild, chromiumPath, quietChromiumArgs } from '../support/browsers.ts';
import { defaultTemplates } from '../../utils/templates/pack.ts';
import { templateToStored } from '../../utils/templates/stored.ts';
import { templateCorpus } from './template-corpus.ts';
import { BENCH_QUERIES } from './template-search-benchmark.ts';

const SIZES = [100, 1_000, 5_000];
const OPENS = 10;
const ROUNDS = 3;

interface Stats {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))] ?? Number.NaN;
  return { samples: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN };
}

/** Page world: writes the rows into the extension's database (raw IndexedDB, one transaction). */
async function writeRows(rows: unknown[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('zettel');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('templates', 'readwrite');
    const store = tx.objectStore('templates');
    store.clear();
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const count = await new Promise<number>((resolve) => {
    const request = db.transaction('templates').objectStore('templates').count();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return count;
}

/** Page world: opens and closes the picker `times` times by its button; ms of each open (incl. layout). */
function measureOpens(times: number): number[] {
  const button = document.querySelector<HTMLElement>('[data-zettel-action="open-templates"]')!;
  const panel = () => document.querySelector('[data-zettel="template-picker-host"]')?.shadowRoot?.querySelector<HTMLElement>('[data-zettel="template-picker"]');
  const result: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    button.click();
    panel()!.getBoundingClientRect();
    result.push(performance.now() - start);
    button.click(); // closes it again
  }
  return result;
}

/** Page world: types every query one character at a time into the open picker; ms per keystroke. */
function measureTyping(queries: string[]): { times: number[]; firstHits: string[] } {
  const root = document.querySelector('[data-zettel="template-picker-host"]')!.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('[data-zettel="template-search"]')!;
  const panel = root.querySelector<HTMLElement>('[data-zettel="template-picker"]')!;
  const times: number[] = [];
  const firstHits: string[] = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      input.value = query.slice(0, length);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      panel.getBoundingClientRect();
      times.push(performance.now() - start);
    }
    firstHits.push(root.querySelector('[role="option"] .title')?.textContent ?? '(none)');
  }
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return { times, firstHits };
}

/**
 * Page world: the same steps on an input of our own with no listener (value, input event, layout) —
 * the floor this machine puts under any keystroke right now (on a shared machine, most of it is waiting
 * for a core).
 */
function measureFloor(samples: number): number[] {
  const host = document.createElement('div');
  const input = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('input'));
  document.body.append(host);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    input.value = String(i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    host.getBoundingClientRect();
    times.push(performance.now() - start);
  }
  host.remove();
  return times;
}

/** Page world: one keystroke into the open picker (the query typed so far), with layout. */
function typeOne(text: string): void {
  const root = document.querySelector('[data-zettel="template-picker-host"]')!.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('[data-zettel="template-search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  root.querySelector<HTMLElement>('[data-zettel="template-picker"]')!.getBoundingClientRect();
}

/** Page world: the same call with nothing to do — what one evaluate round trip costs the page. */
function typeNothing(text: string): void {
  void text;
  document.body.getBoundingClientRect();
}

/**
 * CPU time of the page's main thread per keystroke (CDP Performance.getMetrics "ThreadTime"), minus the
 * cost of an empty round trip measured the same way: unlike wall time, it does not grow while the
 * renderer waits for a core on a busy machine.
 */
async function measureCpu(page: Page, queries: readonly string[]): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  const cost = async (fn: (text: string) => void, text: string) => {
    const before = await threadTime();
    await page.evaluate(fn, text);
    return ((await threadTime()) - before) * 1000;
  };
  const empty: number[] = [];
  for (let i = 0; i < 40; i++) empty.push(await cost(typeNothing, 'x'));
  const overhead = stats(empty).p50;
  const result: number[] = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) result.push(Math.max(0, (await cost(typeOne, query.slice(0, length))) - overhead));
  }
  await page.evaluate(typeOne, '');
  await cdp.detach();
  return result;
}

async function bridge<T>(page: Page, cmd: string, args?: unknown): Promise<T> {
  return (await page.evaluate(bridgeQuery, { cmd, args, timeoutMs: 20_000 })) as T;
}

async function main(): Promise<void> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-picker-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'de-DE',
    env: { ...process.env, LANG: 'de_DE.UTF-8', LANGUAGE: 'de' },
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    args: [...quietChromiumArgs, '--lang=de-DE', `--disable-extensions-except=${chromeTestBuild}`, `--load-extension=${chromeTestBuild}`],
  });
  try {
    await context.route(/^https?:\/\//, async (route) => {
      const response = stageResponse(route.request().url());
      if (response) await route.fulfill(response);
      else await route.abort('blockedbyclient');
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#templates`);
    // The options page has opened (and so created) the database before rows are written into it.
    await options.waitForSelector('[data-zettel="template-filter"]');
    const page = context.pages()[0]!;
    const results: Array<{ size: number; open: Stats; keystroke: Stats; keystrokeCpu: Stats; floor: Stats; firstHits: string[] }> = [];

    for (const size of SIZES) {
      const templates = [...defaultTemplates('de'), ...templateCorpus(size)].slice(0, size).map(templateToStored);
      const stored = await options.evaluate(writeRows, templates);
      await page.goto(stageUrl({ profile: 'current-2026' }));
      await page.evaluate(() => (window as unknown as { __stage: { ready: Promise<void> } }).__stage.ready);
      // The content script answers once booted; then open a customer's chat.
      for (let i = 0; i < 50; i++) {
        if (await bridge<string>(page, 'ping').catch(() => null)) break;
        await page.waitForTimeout(200);
      }
      await page.evaluate(async () => {
        const stage = (window as unknown as { __stage: { chats(): Array<{ key: string; title: string }>; openChat(key: string): Promise<void> } }).__stage;
        await stage.openChat((stage.chats().find((c) => c.title === 'Anna Müller') ?? stage.chats()[0]!).key);
      });
      await page.waitForSelector('[data-zettel-action="open-templates"]');
      // Let the idle index build happen (it is not what a keystroke costs), then warm up once.
      await page.waitForTimeout(size >= 5_000 ? 4_000 : 1_500);
      const opens = await page.evaluate(measureOpens, OPENS);
      await page.locator('[data-zettel-action="open-templates"]').click();
      await page.evaluate(measureTyping, BENCH_QUERIES); // warm-up round
      const times: number[] = [];
      let firstHits: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const run = await page.evaluate(measureTyping, BENCH_QUERIES);
        times.push(...run.times);
        firstHits = run.firstHits;
      }
      const cpu = await measureCpu(page, BENCH_QUERIES);
      await page.keyboard.press('Escape');
      const floor = await page.evaluate(measureFloor, times.length);
      results.push({ size: stored, open: stats(opens), keystroke: stats(times), keystrokeCpu: stats(cpu), floor: stats(floor), firstHits });
    }

    const line = (label: string, s: Stats) => `${label.padEnd(10)} ${String(s.samples).padStart(5)}  ${s.p50.toFixed(2).padStart(7)}  ${s.p95.toFixed(2).padStart(7)}  ${s.max.toFixed(2).padStart(7)}`;
    console.log(`\nTemplate picker in Chromium (search + list + layout), ms — ${new Date().toISOString()}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores`);
    for (const result of results) {
      console.log(`\n${result.size} templates          n      p50      p95      max`);
      console.log(line('open', result.open));
      console.log(line('keystroke', result.keystroke));
      console.log(line('floor', result.floor));
      console.log(line('key CPU', result.keystrokeCpu));
      console.log(`first hits: ${result.firstHits.join(' | ')}`);
    }
    const jsonAt = process.argv.indexOf('--json');
    const jsonFile = jsonAt === -1 ? undefined : process.argv[jsonAt + 1];
    if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ benchmark: 'template-picker', at: new Date().toISOString(), results }, null, 2) + '\n');
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
