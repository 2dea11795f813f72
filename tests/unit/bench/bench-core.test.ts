/**
 * Keeps `npm run bench` (tests/bench/) from rotting without running it: its pure parts on tiny
 * inputs. No timing is asserted; the browser parts have an e2e smoke (tests/e2e/bench-smoke.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { attributableToZettel, attribute, CLOCK_MARK_FUNCTION, type CpuProfile } from '../../bench/attribution.ts';
import { marksBackup, pickMarkedChats, scaleBackup } from '../../bench/data.ts';
import { OPEN_PAGE_LABEL, formatReport, targetVerdicts, type BenchResults } from '../../bench/report.ts';
import { distribution, median, percentile, ratio, table } from '../../bench/stats.ts';
import { measureOverview } from '../../bench/overview-benchmark.ts';
import { measureTemplateSearch } from '../../bench/template-search-benchmark.ts';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';

describe('bench stats', () => {
  it('computes percentiles, medians and ratios', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(distribution([2, 8, 4])).toEqual({ samples: 3, p50: 4, p95: 8, max: 8 });
    expect(ratio(105, 100)).toBeCloseTo(1.05);
    expect(ratio(1, 0)).toBeNaN();
    expect(table([['a', 'b'], ['long cell', '1']]).split('\n')[2]).toBe('long cell  1');
  });
});

describe('bench attribution', () => {
  // root → page function (page.js) → Zettel function → native; plus the clock mark and idle.
  const profile: CpuProfile = {
    startTime: 1_000_000,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 5, 6] },
      { id: 2, callFrame: { functionName: 'onScroll', url: 'https://web.whatsapp.com/app.js' }, children: [3] },
      { id: 3, callFrame: { functionName: 'flush', url: 'chrome-extension://abc/content-scripts/whatsapp.js', lineNumber: 9, columnNumber: 4 }, children: [4] },
      { id: 4, callFrame: { functionName: 'querySelector', url: '' } },
      { id: 5, callFrame: { functionName: CLOCK_MARK_FUNCTION, url: '' } },
      { id: 6, callFrame: { functionName: '(idle)', url: '' } },
    ],
    // 1 ms apart: mark at 1,001 ms (page time 1 ms → offset 1,000 ms), then page, Zettel, native-under-Zettel, idle.
    samples: [5, 2, 3, 4, 4, 6],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
  };
  const isZettel = (url: string) => url.startsWith('chrome-extension://abc/');

  it('charges samples with a Zettel frame on the stack to Zettel and aligns long tasks by the clock mark', () => {
    const result = attribute(profile, isZettel, [{ start: 2.5, duration: 60 }, { start: 50, duration: 60 }], [1]);
    expect(result.clockAligned).toBe(true);
    expect(result.zettelMs).toBe(3);
    expect(result.busyMs).toBe(5);
    expect(result.perWindow).toEqual([3, 0]);
    expect(result.topFunctions).toEqual([{ at: 'flush @ 10:5', ms: 3 }]);
  });

  it('reports an unaligned clock instead of guessing', () => {
    const result = attribute(profile, isZettel, [{ start: 0, duration: 60 }], [1, 2]);
    expect(result.clockAligned).toBe(false);
    expect(result.perWindow[0]).toBeNaN();
  });

  it('attributes a long task to Zettel only when Zettel made it long', () => {
    expect(attributableToZettel({ start: 0, duration: 70 }, 25)).toBe(true);
    expect(attributableToZettel({ start: 0, duration: 120 }, 25)).toBe(false);
    expect(attributableToZettel({ start: 0, duration: 51 }, 0)).toBe(false);
  });
});

describe('bench data', () => {
  it('flags unique titles only and writes backups the real validator accepts', () => {
    const titles = ['A', 'B', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const marked = pickMarkedChats(titles, 3);
    expect(marked.flagged).not.toContain('B');
    expect(marked.flagged).toHaveLength(3);
    expect(marked.labelled.every((title) => !marked.flagged.includes(title))).toBe(true);
    for (const backup of [marksBackup(marked), scaleBackup(20, 50)]) {
      const validation = validateBackupText(JSON.stringify(backup));
      expect(validation.ok ? 'ok' : validation.error.code).toBe('ok');
    }
    expect(scaleBackup(20, 50).data.markers).toHaveLength(50);
  });
});

describe('bench report', () => {
  it('prints every part and judges the targets', () => {
    const templates = measureTemplateSearch({ sizes: [100], engines: ['zettel'], rounds: 1 });
    const results: BenchResults = {
      at: '2026-11-27T00:00:00.000Z',
      machine: { cores: 2, loadBefore: 1, loadAfter: 1, browser: 'Chrome/156', node: '20' },
      options: { quick: true, rounds: 1 },
      decoration: { flag: distribution([1, 2, 30]), label: distribution([1]), missed: 0, withinFrame: 0.75, samePaint: 0.5, maxFramesLate: 1, scrollSteps: 10, flagged: 3, labelled: 1, chats: 40 },
      templates,
      overview: measureOverview([{ chats: 20, markers: 100 }], 1),
      bundle: [{ name: 'content script', files: ['a.js'], rawBytes: 2048, gzipBytes: 1024 }],
    };
    const report = formatReport(results);
    expect(report).toContain('2. Decoration latency');
    expect(report).toContain('3. Template search');
    expect(report).toContain('4a. Overview');
    expect(report).toContain('5. Bundle');
    expect(targetVerdicts(results).find((v) => v.target.startsWith('decoration'))?.met).toBe(false);
  });

  it('judges every data and bundle target of issue 16, and the data ones only at full scale', () => {
    const reads = [
      ['countData', 12],
      [OPEN_PAGE_LABEL, 140],
      ['listMarkers (one chat)', 9],
      ['chatStates (1,000 chats)', 80],
    ].map(([label, medianMs]) => ({ op: 'x', label: String(label), items: 1, medianMs: Number(medianMs) }));
    const data = (chats: number, markers: number): BenchResults['data'] => ({
      chats,
      markers,
      import: { bytes: 1, previewMs: 3_000, mergeMs: 4_000 },
      export: { ms: 6_000, bytes: 1 },
      reads,
      storage: { estimateBytes: 1, diskBytes: 1 },
      heap: { withoutBytes: 1, withBytes: 2, zettelBytes: 1 } as never,
    });
    const base = { at: '', machine: { cores: 2, loadBefore: 1, loadAfter: 1, browser: '', node: '' }, options: { quick: false, rounds: 1 } };
    const bundle = [{ name: 'content script', files: ['a.js'], rawBytes: 200 * 1024, gzipBytes: 1 }];
    const verdicts = targetVerdicts({ ...base, data: data(10_000, 100_000), bundle });
    const met = (prefix: string) => verdicts.find((v) => v.target.startsWith(prefix))?.met;
    expect([met('counts'), met('open list'), met("one chat's"), met('chatStates'), met('import'), met('export')]).toEqual([true, false, true, true, true, false]);
    expect([met('content script'), met('popup first paint')]).toEqual([false, null]);
    const small = targetVerdicts({ ...base, data: data(1_000, 10_000) });
    expect(small.filter((v) => v.met !== null)).toEqual([]);
    const unfinished = targetVerdicts({ ...base, overhead: { ratios: { scriptMs: 1.2, framesPerSecond: 0.99 }, attribution: { failed: 'no result within 1 s' } } as never });
    expect(unfinished.map((v) => v.met)).toEqual([false, true, false]);
    expect(unfinished[2]!.value).toContain('did not finish');
  });
});
