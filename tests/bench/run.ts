/**
 * `npm run bench`: what Zettel costs WhatsApp Web (issue #9). Builds the product extension, runs the
 * offline stage in one headless Chromium with and without Zettel, prints a table and writes JSON.
 * Method and latest numbers: docs/performance.md.
 *
 *   npm run bench                       # full run, 3 rounds (about 6–10 min on 2 busy cores)
 *   npm run bench -- --quick            # smaller session and data, 1 round (2–3 min)
 *   npm run bench -- --rounds 5 --only overhead,decoration   (parts: overhead, decoration, templates, overview, data, bundle)
 *   npm run bench -- --no-build --json out.json
 *   npm run bench -- --profile-build    # attribution on an unminified build (readable function names)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareStage } from '../stage/serve.ts';
import { outputDir } from '../support/browsers.ts';
import { launchBenchBrowser, openStage, productBuild, waitForZettel, type BenchBrowser } from './browser.ts';
import { measureBundle } from './bundle.ts';
import { exportThroughOptions, importThroughOptions, marksBackup, measureReads, measureStorage, pickMarkedChats, scaleBackup, stageTitles, type MarkedChats } from './data.ts';
import { measureDecoration } from './decoration.ts';
import { measureHeap } from './memory.ts';
import { measureAttribution, measureOverhead } from './overhead.ts';
import { OPEN_PAGE_LABEL, formatReport, type BenchResults } from './report.ts';
import { FULL_SESSION, QUICK_SESSION } from './session.ts';
import { measureOverview } from './overview-benchmark.ts';
import { measureTemplateSearch } from './template-search-benchmark.ts';

const PARTS = ['overhead', 'decoration', 'templates', 'overview', 'data', 'bundle'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string', default: 'bench-results/latest.json' },
    'no-build': { type: 'boolean', default: false },
    'profile-build': { type: 'boolean', default: false },
  },
});
const quick = values.quick ?? false;
const rounds = Math.max(1, Number(values.rounds ?? (quick ? 1 : 3)) || 1);
const only = new Set<Part>((values.only?.split(',').map((part) => part.trim()) ?? PARTS).filter((part): part is Part => (PARTS as readonly string[]).includes(part)));
const session = quick ? QUICK_SESSION : FULL_SESSION;
const scale = quick ? { chats: 1_000, markers: 10_000 } : { chats: 10_000, markers: 100_000 };
const FLAGGED = 500;
const log = (line: string) => console.error(line);

if (!values['no-build']) {
  log(`building the product extension into ${path.relative(process.cwd(), outputDir)}/chrome-mv3 …`);
  const build = (args: string[]) => {
    try {
      execFileSync('npx', ['wxt', 'build', ...args], { stdio: 'pipe' });
    } catch (error) {
      const failed = error as { stdout?: Buffer; stderr?: Buffer };
      log(`${failed.stdout?.toString() ?? ''}${failed.stderr?.toString() ?? ''}`);
      throw new Error('the extension build failed');
    }
  };
  build([]);
  if (values['profile-build']) build(['-c', 'tests/bench/wxt.profile.config.ts']);
}
await prepareStage();

const results: BenchResults = {
  at: new Date().toISOString(),
  machine: { cores: availableParallelism(), loadBefore: loadavg()[0] ?? Number.NaN, loadAfter: Number.NaN, browser: '', node: process.versions.node },
  options: { quick, rounds },
};

// Node-only parts first, while no browser competes for the two cores.
if (only.has('bundle')) results.bundle = measureBundle(productBuild);
if (only.has('templates')) {
  log('template search …');
  results.templates = measureTemplateSearch({ engines: ['zettel'], rounds: quick ? 2 : 5 });
}
if (only.has('overview')) {
  log(`overview at ${scale.markers.toLocaleString('en')} markers (tests/bench/overview-benchmark.ts) …`);
  results.overview = measureOverview([scale], quick ? 1 : 2);
}

async function seedMarks(bench: BenchBrowser, workDir: string): Promise<MarkedChats> {
  const page = await bench.context.newPage();
  await openStage(page, 'without', { chats: session.chats });
  const marked = pickMarkedChats(await stageTitles(page), FLAGGED);
  await page.close();
  await importThroughOptions(bench, marksBackup(marked), workDir);
  return marked;
}

const needsBrowser = only.has('overhead') || only.has('decoration') || only.has('data');
if (needsBrowser) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'zettel-bench-files-'));
  const bench = await launchBenchBrowser();
  try {
    const versionPage = await bench.context.newPage();
    const cdp = await bench.context.newCDPSession(versionPage);
    results.machine.browser = (await cdp.send('Browser.getVersion')).product;
    await versionPage.close();
    // The install writes the default labels; let it finish before the first import merges.
    await new Promise((resolve) => setTimeout(resolve, 800));
    log(`seeding ${FLAGGED} flagged chats through options › Backup …`);
    const marked = await seedMarks(bench, workDir);

    if (only.has('overhead')) {
      log(`overhead: ${rounds} round(s) of the heavy session, with and without Zettel …`);
      results.session = session;
      results.overhead = await measureOverhead(bench, session, { rounds, attribution: !values['profile-build'], log });
    }
    if (only.has('decoration')) {
      log('decoration latency …');
      const page = await bench.context.newPage();
      await openStage(page, 'with', { chats: session.chats });
      await waitForZettel(page, 'with');
      await page.waitForSelector('[data-zettel="chat-flag"]', { state: 'attached', timeout: 15_000 });
      const decoration = await measureDecoration(page, marked, quick ? 1 : 0.5);
      await page.close();
      results.decoration = { ...decoration, flagged: marked.flagged.length, labelled: marked.labelled.length, chats: session.chats };
    }
    if (only.has('data')) {
      log(`data scale: importing ${scale.chats.toLocaleString('en')} chats and ${scale.markers.toLocaleString('en')} markers …`);
      const imported = await importThroughOptions(bench, scaleBackup(scale.chats, scale.markers), workDir);
      log('data scale: export, reads, size, heap …');
      const exported = await exportThroughOptions(bench);
      const someKeys = Array.from({ length: 1_000 }, (_, i) => `jid:4917${String(10_000_000 + ((i * 7) % scale.chats))}@c.us`);
      const reads = await measureReads(
        bench,
        [
          { label: 'listMarkers (all)', op: 'listMarkers', input: {} },
          { label: 'listMarkers (open)', op: 'listMarkers', input: { status: 'open' } },
          { label: OPEN_PAGE_LABEL, op: 'listMarkers', input: { status: 'open', limit: 100 } },
          { label: 'listMarkers (one chat)', op: 'listMarkers', input: { chatKey: someKeys[1] } },
          { label: 'chatStates (1,000 chats)', op: 'chatStates', input: { chatKeys: someKeys } },
          { label: 'listChats', op: 'listChats', input: undefined },
          { label: 'countData', op: 'countData', input: undefined },
        ],
        3,
      );
      const storage = await measureStorage(bench);
      const heap = await measureHeap(bench, { chats: session.chats }, quick ? 1 : Math.min(rounds, 3));
      results.data = { ...scale, import: imported, export: exported, reads, storage, heap };
    }
    if (values['profile-build'] && only.has('overhead')) {
      log('attribution on the unminified build …');
      await bench.close();
      const readable = await launchBenchBrowser(path.join(`${outputDir}-profile`, 'chrome-mv3'));
      try {
        await seedMarks(readable, workDir);
        results.overhead!.attribution = await measureAttribution(readable, session, { log });
      } finally {
        await readable.close();
      }
    }
  } finally {
    await bench.close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
}

results.machine.loadAfter = loadavg()[0] ?? Number.NaN;
console.log(formatReport(results));
if (values.json) {
  mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nJSON: ${values.json}`);
}
