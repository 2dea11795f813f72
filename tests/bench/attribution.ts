/**
 * Which main-thread time is Zettel's. Long Animation Frame entries do not name extension scripts
 * (Chromium leaves them out of `scripts` — checked: an 80 ms busy loop in a content script gave an
 * empty list), so attribution comes from V8's sampling profiler (CDP Profiler), which does: a sample
 * is Zettel's when any frame of its stack is in Zettel's content script (chrome-extension://<id>/…).
 *
 * Profile times are V8 ticks (µs), long tasks are in the page's performance.now() (ms). A marker
 * function busy for a few ms in the page, sampled at a known performance.now(), ties the two clocks.
 */
export const CLOCK_MARK_FUNCTION = 'zettelBenchClockMark';

/** In the page: a short busy loop the profiler will sample under its name; returns when it began. */
export function clockMark(): number {
  function zettelBenchClockMark(): number {
    const started = performance.now();
    while (performance.now() - started < 6) {
      // busy on purpose: the profiler must catch this function
    }
    return started;
  }
  return zettelBenchClockMark();
}

/** The parts of a CDP Profiler.Profile this module reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number }; children?: number[] }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Window {
  start: number;
  duration: number;
}

export interface Attribution {
  /** ms of samples with a Zettel frame on the stack. */
  zettelMs: number;
  /** ms of samples that ran any script or the engine (not idle). */
  busyMs: number;
  /** Per window (long task): ms of Zettel's samples inside it. */
  perWindow: number[];
  /** false when the clock marker was not found (per-window figures are then NaN). */
  clockAligned: boolean;
  /** Zettel's time by its innermost own function (name @ line:column of the bundle), most first. */
  topFunctions: Array<{ at: string; ms: number }>;
}

interface Sample {
  /** µs, profiler clock */
  at: number;
  /** µs this sample stands for */
  weight: number;
  zettel: boolean;
  /** The innermost Zettel frame on the stack (name @ line:column), or null. */
  zettelFrame: string | null;
  idle: boolean;
  mark: boolean;
}

function samplesOf(profile: CpuProfile, isZettelUrl: (url: string) => boolean): Sample[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Memoised per node: a profile has far fewer nodes than samples.
  const memo = (test: (node: CpuProfile['nodes'][number]) => boolean) => {
    const known = new Map<number, boolean>();
    return (id: number): boolean => {
      let answer = known.get(id);
      if (answer === undefined) {
        answer = false;
        for (let current: number | undefined = id; current !== undefined && !answer; current = parent.get(current)) {
          const node = byId.get(current);
          answer = node !== undefined && test(node);
        }
        known.set(id, answer);
      }
      return answer;
    };
  };
  const isZettel = memo((node) => isZettelUrl(node.callFrame.url));
  const isMark = memo((node) => node.callFrame.functionName === CLOCK_MARK_FUNCTION);
  const frameOf = new Map<number, string | null>();
  const innermostZettelFrame = (id: number): string | null => {
    if (!frameOf.has(id)) {
      let found: string | null = null;
      for (let current: number | undefined = id; current !== undefined && found === null; current = parent.get(current)) {
        const frame = byId.get(current)?.callFrame;
        if (frame && isZettelUrl(frame.url)) found = `${frame.functionName || '(anonymous)'} @ ${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}`;
      }
      frameOf.set(id, found);
    }
    return frameOf.get(id)!;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const result: Sample[] = [];
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i += 1) {
    at += deltas[i] ?? 0;
    const id = samples[i]!;
    const name = byId.get(id)?.callFrame.functionName ?? '';
    result.push({
      at,
      weight: deltas[i + 1] ?? deltas[i] ?? 0,
      zettel: isZettel(id),
      zettelFrame: innermostZettelFrame(id),
      idle: name === '(idle)',
      mark: isMark(id),
    });
  }
  return result;
}

/**
 * Zettel's share of the profile, and of each window (page-clock ms). `marks` are the page times the
 * clock-mark function started at, in the order it ran.
 */
export function attribute(profile: CpuProfile, isZettelUrl: (url: string) => boolean, windows: readonly Window[], marks: readonly number[]): Attribution {
  const samples = samplesOf(profile, isZettelUrl);
  const zettelMs = samples.reduce((sum, sample) => sum + (sample.zettel ? sample.weight : 0), 0) / 1000;
  const busyMs = samples.reduce((sum, sample) => sum + (sample.idle ? 0 : sample.weight), 0) / 1000;
  // The first sample of each run of marker samples, matched to the marks in order.
  const markStarts: number[] = [];
  samples.forEach((sample, i) => {
    if (sample.mark && !samples[i - 1]?.mark) markStarts.push(sample.at / 1000);
  });
  const offsets = markStarts.slice(0, marks.length).map((at, i) => at - marks[i]!);
  const clockAligned = offsets.length > 0 && offsets.length === marks.length;
  const offset = clockAligned ? offsets.reduce((a, b) => a + b, 0) / offsets.length : Number.NaN;
  const perWindow = windows.map((window) => {
    if (!clockAligned) return Number.NaN;
    const from = (window.start + offset) * 1000;
    const to = from + window.duration * 1000;
    return samples.reduce((sum, sample) => sum + (sample.zettel && sample.at >= from && sample.at < to ? sample.weight : 0), 0) / 1000;
  });
  const byFrame = new Map<string, number>();
  for (const sample of samples) if (sample.zettelFrame) byFrame.set(sample.zettelFrame, (byFrame.get(sample.zettelFrame) ?? 0) + sample.weight / 1000);
  const topFunctions = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([at, ms]) => ({ at, ms }));
  return { zettelMs, busyMs, perWindow, clockAligned, topFunctions };
}

/** A long task is Zettel's when, without Zettel's part, it would not have been long (> 50 ms). */
export function attributableToZettel(window: Window, zettelMsInside: number): boolean {
  return zettelMsInside > 0 && window.duration - zettelMsInside <= 50;
}
