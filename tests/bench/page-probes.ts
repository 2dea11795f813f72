/**
 * Probes that run in the stage page's main world (serialised by Playwright: no closures). They see
 * the whole renderer main thread, Zettel's isolated world included:
 * - `longtask` entries (> 50 ms tasks);
 * - `long-animation-frame` entries (LoAF, > 50 ms frames) with their script attribution: a script of
 *   Zettel's content script is reported with its chrome-extension:// source URL, which is how a long
 *   task is attributed to Zettel rather than to the page;
 * - a requestAnimationFrame counter (frames the page actually produced).
 */

export interface LongTaskEntry {
  start: number;
  duration: number;
}

export interface LongFrameScript {
  sourceURL: string;
  invoker: string;
  duration: number;
}

export interface LongFrameEntry {
  start: number;
  duration: number;
  blockingDuration: number;
  scripts: LongFrameScript[];
}

export interface ProbeReadings {
  /** ms the probes were running. */
  elapsedMs: number;
  frames: number;
  longTasks: LongTaskEntry[];
  longFrames: LongFrameEntry[];
}

interface ProbeState {
  started: number;
  frames: number;
  running: boolean;
  longTasks: LongTaskEntry[];
  longFrames: LongFrameEntry[];
  observers: Array<{ observer: PerformanceObserver; onEntry: (entry: PerformanceEntry) => void }>;
}

type ProbeWindow = { __zettelBenchProbe?: ProbeState };

/** Starts (or restarts) the probes in the page. */
export function startProbes(): void {
  const w = window as unknown as ProbeWindow;
  for (const { observer } of w.__zettelBenchProbe?.observers ?? []) observer.disconnect();
  if (w.__zettelBenchProbe) w.__zettelBenchProbe.running = false;
  const state: ProbeState = { started: performance.now(), frames: 0, running: true, longTasks: [], longFrames: [], observers: [] };
  w.__zettelBenchProbe = state;
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(onEntry));
    observer.observe({ type, buffered: false });
    state.observers.push({ observer, onEntry });
  };
  observe('longtask', (entry) => state.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (entry) => {
    const frame = entry as PerformanceEntry & { blockingDuration: number; scripts: Array<{ sourceURL: string; invoker: string; duration: number }> };
    state.longFrames.push({
      start: frame.startTime,
      duration: frame.duration,
      blockingDuration: frame.blockingDuration,
      scripts: frame.scripts.map((script) => ({ sourceURL: script.sourceURL, invoker: script.invoker, duration: script.duration })),
    });
  });
  const tick = () => {
    if (!state.running) return;
    state.frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops the probes and returns what they saw (after one more task, so pending entries arrive). */
export async function stopProbes(): Promise<ProbeReadings> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const state = (window as unknown as ProbeWindow).__zettelBenchProbe;
  if (!state) throw new Error('probes were not started');
  for (const { observer, onEntry } of state.observers) {
    observer.takeRecords().forEach(onEntry);
    observer.disconnect();
  }
  state.running = false;
  return { elapsedMs: performance.now() - state.started, frames: state.frames, longTasks: state.longTasks, longFrames: state.longFrames };
}
