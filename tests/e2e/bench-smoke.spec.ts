/**
 * Keeps `npm run bench` from rotting: every browser part of tests/bench/ runs once on a tiny stage
 * (40 chats) with the test build the fixtures load. No timing is asserted — only that each part
 * produces its figures (the real numbers come from `npm run bench` on the product build).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStage, routeStage, waitForZettel, type BenchBrowser } from '../bench/browser.ts';
import { measureBundle } from '../bench/bundle.ts';
import { exportThroughOptions, importThroughOptions, marksBackup, measureReads, pickMarkedChats, scaleBackup, stageTitles } from '../bench/data.ts';
import { measureDecoration } from '../bench/decoration.ts';
import { measureHeap } from '../bench/memory.ts';
import { measureAttribution, measureRun } from '../bench/overhead.ts';
import type { SessionSize } from '../bench/session.ts';
import { chromeTestBuild } from '../support/browsers.ts';
import { expect, test } from './fixtures.ts';

test('the benchmark parts run on a tiny stage and report their figures', async ({ context, extensionId, profile }) => {
  test.setTimeout(150_000);
  await routeStage(context); // adds the control origin (the stage without Zettel)
  const bench: BenchBrowser = { context, extensionId, userDataDir: '', close: async () => undefined };
  const tiny: SessionSize = { chats: 40, profile, scrollStep: 2, openChats: 2, messages: 3, typedText: 'Hallo' };
  const dir = mkdtempSync(path.join(tmpdir(), 'zettel-bench-smoke-'));
  try {
    const titlesPage = await context.newPage();
    await openStage(titlesPage, 'without', { chats: tiny.chats, profile });
    const marked = pickMarkedChats(await stageTitles(titlesPage), 5);
    await titlesPage.close();
    await importThroughOptions(bench, marksBackup(marked), dir);

    await test.step('overhead: the same session with and without Zettel', async () => {
      const without = await measureRun(bench, 'without', tiny);
      const withZettel = await measureRun(bench, 'with', tiny);
      expect(without.scrollSteps).toBeGreaterThan(0);
      expect(withZettel.scrollSteps).toBe(without.scrollSteps);
      for (const run of [without, withZettel]) {
        expect(run.scriptMs).toBeGreaterThan(0);
        expect(run.frames).toBeGreaterThan(0);
      }
      const attribution = await measureAttribution(bench, tiny);
      if ('failed' in attribution) throw new Error(`attribution did not finish: ${attribution.failed}`);
      expect(attribution.clockAligned).toBe(true);
      expect(attribution.zettelScriptMs).toBeGreaterThan(0);
      expect(attribution.topFunctions.length).toBeGreaterThan(0);
    });

    await test.step('decoration: flagged rows scrolled into view get their badge', async () => {
      const page = await context.newPage();
      await openStage(page, 'with', { chats: tiny.chats, profile });
      await waitForZettel(page, 'with');
      await page.waitForSelector('[data-zettel="chat-flag"]', { state: 'attached' });
      const decoration = await measureDecoration(page, marked, 1);
      await page.close();
      expect(decoration.scrollSteps).toBeGreaterThan(0);
      expect(decoration.flag.samples).toBeGreaterThan(0);
      expect(decoration.missed).toBe(0);
    });

    await test.step('data: import, export, reads over the data port, heap', async () => {
      const imported = await importThroughOptions(bench, scaleBackup(20, 50), dir);
      expect(imported.bytes).toBeGreaterThan(0);
      const exported = await exportThroughOptions(bench);
      expect(exported.bytes).toBeGreaterThan(imported.bytes / 2);
      const [markers] = await measureReads(bench, [{ label: 'listMarkers', op: 'listMarkers', input: {} }], 1);
      expect(markers?.items).toBe(50);
      const heap = await measureHeap(bench, { chats: tiny.chats, profile }, 1);
      expect(heap.withBytes).toBeGreaterThan(0);
      expect(heap.withoutBytes).toBeGreaterThan(0);
    });

    const [content, popup] = measureBundle(chromeTestBuild);
    expect(content?.rawBytes).toBeGreaterThan(content?.gzipBytes ?? Infinity);
    expect(popup?.files.some((file) => file.endsWith('.js'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
