/**
 * Part 4, memory: the stage page's JS heap with and without Zettel, after a forced garbage
 * collection. Zettel's isolated world lives in the page's V8 isolate, so `Runtime.getHeapUsage`
 * (the isolate's used heap) includes it; the difference of the medians is Zettel's share.
 */
import type { StageOptions } from '../stage/serve.ts';
import { openStage, waitForZettel, type BenchBrowser, type Mode } from './browser.ts';
import { median } from './stats.ts';

const SETTLE_MS = 1_500;

export async function heapUsedBytes(bench: BenchBrowser, mode: Mode, stage: StageOptions): Promise<number> {
  const page = await bench.context.newPage();
  try {
    await openStage(page, mode, stage);
    await waitForZettel(page, mode);
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await bench.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await page.close();
  }
}

export interface HeapResult {
  withBytes: number;
  withoutBytes: number;
  zettelBytes: number;
}

export async function measureHeap(bench: BenchBrowser, stage: StageOptions, rounds: number): Promise<HeapResult> {
  const seen: Record<Mode, number[]> = { with: [], without: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const mode of round % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)) seen[mode].push(await heapUsedBytes(bench, mode, stage));
  }
  const withBytes = median(seen.with);
  const withoutBytes = median(seen.without);
  return { withBytes, withoutBytes, zettelBytes: withBytes - withoutBytes };
}
