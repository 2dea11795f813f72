/**
 * Part 1, overhead: the heavy session (session.ts) with and without Zettel, alternating page by page
 * in one browser (browser.ts), several rounds. Per run: the renderer main thread's script and task
 * time from CDP `Performance.getMetrics` (deltas over the session; Zettel's isolated world runs on
 * the same thread and is included), long tasks (> 50 ms) and frames from the page probes.
 * One extra profiled run (with Zettel) names Zettel's own script time and tells which long tasks are
 * Zettel's (attribution.ts); it is kept out of the timed rounds because profiling costs time itself.
 */
import type { CDPSession, Page } from '@playwright/test';
import { attributableToZettel, attribute, clockMark } from './attribution.ts';
import { openStage, waitForZettel, type BenchBrowser, type Mode } from './browser.ts';
import { startProbes, stopProbes, type ProbeReadings } from './page-probes.ts';
import { runHeavySession, type SessionSize } from './session.ts';
import { median, ratio } from './stats.ts';

/** Zettel's boot and first subscriptions settle before a run starts; the same wait without it. */
const SETTLE_MS = 1_000;

export interface RunResult {
  mode: Mode;
  round: number;
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  elapsedMs: number;
  frames: number;
  longTasks: number;
  longTaskMs: number;
  scrollSteps: number;
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

async function preparedPage(bench: BenchBrowser, mode: Mode, size: SessionSize): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await bench.context.newPage();
  await openStage(page, mode, { chats: size.chats, profile: size.profile });
  await waitForZettel(page, mode);
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await bench.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

function summarise(mode: Mode, round: number, before: Metrics, after: Metrics, probes: ProbeReadings, scrollSteps: number): RunResult {
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    mode,
    round,
    scriptMs: delta('ScriptDuration'),
    taskMs: delta('TaskDuration'),
    layoutMs: delta('LayoutDuration'),
    styleMs: delta('RecalcStyleDuration'),
    elapsedMs: probes.elapsedMs,
    frames: probes.frames,
    longTasks: probes.longTasks.length,
    longTaskMs: probes.longTasks.reduce((sum, task) => sum + task.duration, 0),
    scrollSteps,
  };
}

/** One timed run of the session in a fresh page. */
export async function measureRun(bench: BenchBrowser, mode: Mode, size: SessionSize, round = 0): Promise<RunResult> {
  const { page, cdp } = await preparedPage(bench, mode, size);
  try {
    const before = await metrics(cdp);
    await page.evaluate(startProbes);
    const steps = await runHeavySession(page, size);
    const probes = await page.evaluate(stopProbes);
    return summarise(mode, round, before, await metrics(cdp), probes, steps.scrollSteps);
  } finally {
    await page.close();
  }
}

export interface AttributionResult {
  /** ms of main-thread samples with Zettel's content script on the stack. */
  zettelScriptMs: number;
  /** ms of all non-idle samples. */
  busyMs: number;
  longTasks: number;
  /** Long tasks Zettel ran in at all, and those it made long (without its part ≤ 50 ms). */
  longTasksWithZettel: number;
  longTasksAttributable: number;
  /** The most Zettel time inside one long task. */
  maxZettelMsInLongTask: number;
  clockAligned: boolean;
  topFunctions: Array<{ at: string; ms: number }>;
}

/** The session once more, with Zettel and V8's sampling profiler on. */
async function profiledSession(bench: BenchBrowser, size: SessionSize): Promise<AttributionResult> {
  const { page, cdp } = await preparedPage(bench, 'with', size);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const marks = [await page.evaluate(clockMark)];
    await page.evaluate(startProbes);
    await runHeavySession(page, size);
    const probes = await page.evaluate(stopProbes);
    marks.push(await page.evaluate(clockMark));
    const { profile } = await cdp.send('Profiler.stop');
    const prefix = `chrome-extension://${bench.extensionId}/`;
    const result = attribute(profile, (url) => url.startsWith(prefix), probes.longTasks, marks);
    const inside = result.perWindow;
    return {
      zettelScriptMs: result.zettelMs,
      busyMs: result.busyMs,
      longTasks: probes.longTasks.length,
      longTasksWithZettel: inside.filter((ms) => ms > 0).length,
      longTasksAttributable: probes.longTasks.filter((task, i) => attributableToZettel(task, inside[i] ?? 0)).length,
      maxZettelMsInLongTask: inside.length ? Math.max(...inside) : 0,
      clockAligned: result.clockAligned,
      topFunctions: result.topFunctions,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** A profiled session must finish: each attempt gets a time limit, a failed one is tried once more. */
export const ATTRIBUTION_ATTEMPTS = 2;

export async function measureAttribution(
  bench: BenchBrowser,
  size: SessionSize,
  options: { timeLimitMs?: number; log?: (line: string) => void } = {},
): Promise<AttributionResult | { failed: string }> {
  // Generous: the profiled session runs slower than a timed round; a hang is far beyond this.
  const timeLimitMs = options.timeLimitMs ?? 20 * 60_000;
  let failure = '';
  for (let attempt = 1; attempt <= ATTRIBUTION_ATTEMPTS; attempt += 1) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const watchdog = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result within ${Math.round(timeLimitMs / 1000)} s`)), timeLimitMs);
      });
      return await Promise.race([profiledSession(bench, size), watchdog]);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      options.log?.(`  attribution attempt ${attempt}: ${failure}${attempt < ATTRIBUTION_ATTEMPTS ? '; trying again' : ''}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return { failed: failure };
}

export interface OverheadSummary {
  rounds: number;
  runs: RunResult[];
  median: Record<Mode, Omit<RunResult, 'mode' | 'round'>>;
  /** with / without of the medians. */
  ratios: { scriptMs: number; taskMs: number; layoutMs: number; styleMs: number; framesPerSecond: number; longTasks: number };
  /** null: not run; `failed`: every attempt failed (watchdog or a closed page), with the last reason. */
  attribution: AttributionResult | { failed: string } | null;
}

function medianOf(runs: RunResult[]): Omit<RunResult, 'mode' | 'round'> {
  const of = (key: keyof Omit<RunResult, 'mode' | 'round'>) => median(runs.map((run) => run[key]));
  return {
    scriptMs: of('scriptMs'),
    taskMs: of('taskMs'),
    layoutMs: of('layoutMs'),
    styleMs: of('styleMs'),
    elapsedMs: of('elapsedMs'),
    frames: of('frames'),
    longTasks: of('longTasks'),
    longTaskMs: of('longTaskMs'),
    scrollSteps: of('scrollSteps'),
  };
}

/**
 * A run once more when its page went away mid-session (seen once under heavy machine load: the page
 * closed without a crash event); a second failure is real.
 */
async function measureRunRetrying(bench: BenchBrowser, mode: Mode, size: SessionSize, round: number, log?: (line: string) => void): Promise<RunResult> {
  try {
    return await measureRun(bench, mode, size, round);
  } catch (error) {
    if (!String(error).includes('closed')) throw error;
    log?.(`  round ${round + 1} ${mode}: the page closed mid-run; running it again`);
    return measureRun(bench, mode, size, round);
  }
}

/** Rounds of (with, without), the order flipped every round so neither mode always goes first. */
export async function measureOverhead(
  bench: BenchBrowser,
  size: SessionSize,
  options: { rounds: number; attribution: boolean; log?: (line: string) => void },
): Promise<OverheadSummary> {
  const runs: RunResult[] = [];
  // A warm-up pair: the first pages of a browser pay for code caches and the stage's first build.
  const warmUp = { ...size, scrollStep: 4, openChats: 2, messages: 10 };
  await measureRunRetrying(bench, 'without', warmUp, -1, options.log);
  await measureRunRetrying(bench, 'with', warmUp, -1, options.log);
  for (let round = 0; round < options.rounds; round += 1) {
    const order: Mode[] = round % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const mode of order) {
      const run = await measureRunRetrying(bench, mode, size, round, options.log);
      runs.push(run);
      options.log?.(`  round ${round + 1} ${mode.padEnd(7)} script ${run.scriptMs.toFixed(0)} ms, task ${run.taskMs.toFixed(0)} ms, ${run.frames} frames, ${run.longTasks} long tasks`);
    }
  }
  const withRuns = medianOf(runs.filter((run) => run.mode === 'with'));
  const withoutRuns = medianOf(runs.filter((run) => run.mode === 'without'));
  const fps = (m: Omit<RunResult, 'mode' | 'round'>) => (m.frames / m.elapsedMs) * 1000;
  return {
    rounds: options.rounds,
    runs,
    median: { with: withRuns, without: withoutRuns },
    ratios: {
      scriptMs: ratio(withRuns.scriptMs, withoutRuns.scriptMs),
      taskMs: ratio(withRuns.taskMs, withoutRuns.taskMs),
      layoutMs: ratio(withRuns.layoutMs, withoutRuns.layoutMs),
      styleMs: ratio(withRuns.styleMs, withoutRuns.styleMs),
      framesPerSecond: ratio(fps(withRuns), fps(withoutRuns)),
      longTasks: ratio(withRuns.longTasks, withoutRuns.longTasks),
    },
    attribution: options.attribution ? await measureAttribution(bench, size, { log: options.log }) : null,
  };
}
