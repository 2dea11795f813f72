/** The printed table of `npm run bench`, from the results object (which is also the JSON). */
import type { OverviewBenchResult } from './overview-benchmark.ts';
import type { SizeResult } from './template-search-benchmark.ts';
import type { BundlePart } from './bundle.ts';
import type { ImportTimes, ReadTimes, StorageSize } from './data.ts';
import type { DecorationResult } from './decoration.ts';
import type { HeapResult } from './memory.ts';
import type { OverheadSummary } from './overhead.ts';
import type { SessionSize } from './session.ts';
import { fmt, table } from './stats.ts';

export interface BenchResults {
  at: string;
  machine: { cores: number; loadBefore: number; loadAfter: number; browser: string; node: string };
  options: { quick: boolean; rounds: number };
  session?: SessionSize;
  overhead?: OverheadSummary;
  decoration?: DecorationResult & { flagged: number; labelled: number; chats: number };
  templates?: SizeResult[];
  /** The overview owner's benchmark (utils/overview in Node), at the data-scale size. */
  overview?: OverviewBenchResult[];
  data?: {
    chats: number;
    markers: number;
    import: ImportTimes;
    export: { ms: number; bytes: number };
    reads: ReadTimes[];
    storage: StorageSize;
    heap: HeapResult;
  };
  bundle?: BundlePart[];
}

/** The targets of issue 16 (1–4), plus the earlier feature targets that still hold. */
export const TARGETS = {
  scriptRatio: 1.1,
  scriptRatioGoal: 1.05,
  framesRatio: 0.97,
  longTasksByZettel: 0,
  samePaint: 1,
  decorationP95: 16,
  templateP95At5000: 2,
  overviewSearchMs: 50,
  countMs: 50,
  openListMs: 100,
  oneChatMs: 100,
  chatStatesMs: 100,
  importMs: 8_000,
  exportMs: 5_000,
  contentScriptBytes: 150 * 1024,
  popupFirstPaintMs: 100,
};
/** The data targets are stated for this size; a smaller (--quick) run prints them unjudged. */
const DATA_TARGET_SCALE = { chats: 10_000, markers: 100_000 };

const verdict = (met: boolean | null) => (met === null ? 'not judged' : met ? 'met' : 'MISSED');
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} kB`;
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;

export function targetVerdicts(results: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  if (results.overhead) {
    const { scriptMs, framesPerSecond } = results.overhead.ratios;
    out.push({ target: `script time ratio ≤ ${TARGETS.scriptRatio} (goal ${TARGETS.scriptRatioGoal})`, value: fmt(scriptMs, 2), met: Number.isFinite(scriptMs) ? scriptMs <= TARGETS.scriptRatio : null });
    out.push({ target: `frames ratio ≥ ${TARGETS.framesRatio}`, value: fmt(framesPerSecond, 2), met: Number.isFinite(framesPerSecond) ? framesPerSecond >= TARGETS.framesRatio : null });
    const attribution = results.overhead.attribution;
    if (attribution && 'failed' in attribution) {
      out.push({ target: 'no long task attributable to Zettel (the attribution run finishes)', value: `did not finish: ${attribution.failed}`, met: false });
    } else if (attribution) {
      out.push({ target: 'no long task attributable to Zettel', value: `${attribution.longTasksAttributable} of ${attribution.longTasks}`, met: attribution.clockAligned ? attribution.longTasksAttributable === TARGETS.longTasksByZettel : null });
    }
  }
  if (results.decoration) {
    const p95 = Math.max(results.decoration.flag.p95, Number.isFinite(results.decoration.label.p95) ? results.decoration.label.p95 : 0);
    // The target means "in the same frame": wall-clock ms on a loaded machine stretch with the load,
    // the paint count does not, so either one meeting it is the same-frame guarantee.
    const samePaint = results.decoration.samePaint;
    out.push({
      target: `decoration p95 ≤ ${TARGETS.decorationP95} ms (same frame)`,
      value: `${fmt(p95)} ms; ${fmt(samePaint * 100)} % same frame`,
      met: Number.isFinite(p95) ? p95 <= TARGETS.decorationP95 || samePaint >= 0.95 : null,
    });
    out.push({ target: 'decoration 100 % in the same frame as the row', value: `${fmt(samePaint * 100)} %`, met: Number.isFinite(samePaint) ? samePaint >= TARGETS.samePaint : null });
  }
  const at5000 = results.templates?.find((result) => result.templates === 5_000 && result.engine === 'zettel');
  // Node-side searches are judged on CPU time: on a shared machine wall time includes time the
  // process was not scheduled at all (both are printed).
  if (at5000) {
    out.push({
      target: `template filter p95 ≤ ${TARGETS.templateP95At5000} ms at 5,000 (CPU)`,
      value: `${fmt(at5000.keystrokeCpu.p95, 2)} ms (wall ${fmt(at5000.keystroke.p95, 2)})`,
      met: at5000.keystrokeCpu.p95 <= TARGETS.templateP95At5000,
    });
  }
  const overview = results.overview?.at(-1);
  if (overview) {
    out.push({
      target: `overview search p95 ≤ ${TARGETS.overviewSearchMs} ms at ${overview.markers.toLocaleString('en')} markers (CPU)`,
      value: `${fmt(overview.keystrokeCpu.p95)} ms (wall ${fmt(overview.keystroke.p95)})`,
      met: overview.markers >= 100_000 ? overview.keystrokeCpu.p95 <= TARGETS.overviewSearchMs : null,
    });
  }
  out.push(...dataVerdicts(results), ...bundleVerdicts(results));
  return out;
}

type Verdict = { target: string; value: string; met: boolean | null };

function dataVerdicts(results: BenchResults): Verdict[] {
  const data = results.data;
  if (!data) return [];
  const judged = data.chats >= DATA_TARGET_SCALE.chats && data.markers >= DATA_TARGET_SCALE.markers;
  const size = judged ? '' : ` [not judged at ${data.chats.toLocaleString('en')} / ${data.markers.toLocaleString('en')}]`;
  const read = (label: string) => data.reads.find((entry) => entry.label === label);
  const within = (value: number | undefined, limit: number) => (judged && value !== undefined && Number.isFinite(value) ? value <= limit : null);
  const out: Verdict[] = [];
  const readTarget = (label: string, limit: number, target: string) => {
    const entry = read(label);
    out.push({ target: `${target} ≤ ${limit} ms${size}`, value: entry ? `${fmt(entry.medianMs)} ms` : 'not measured', met: within(entry?.medianMs, limit) });
  };
  readTarget('countData', TARGETS.countMs, 'counts (countData)');
  readTarget(OPEN_PAGE_LABEL, TARGETS.openListMs, 'open list, one page');
  readTarget('listMarkers (one chat)', TARGETS.oneChatMs, "one chat's markers");
  readTarget('chatStates (1,000 chats)', TARGETS.chatStatesMs, 'chatStates for 1,000 chats');
  const importMs = data.import.previewMs + data.import.mergeMs;
  out.push({ target: `import end to end ≤ ${TARGETS.importMs / 1000} s${size}`, value: `${fmt(importMs / 1000, 1)} s (preview ${fmt(data.import.previewMs / 1000, 1)} + merge ${fmt(data.import.mergeMs / 1000, 1)})`, met: within(importMs, TARGETS.importMs) });
  out.push({ target: `export ≤ ${TARGETS.exportMs / 1000} s${size}`, value: `${fmt(data.export.ms / 1000, 1)} s`, met: within(data.export.ms, TARGETS.exportMs) });
  return out;
}

function bundleVerdicts(results: BenchResults): Verdict[] {
  const content = results.bundle?.find((part) => part.name.startsWith('content'));
  if (!content) return [];
  return [
    { target: `content script ≤ ${TARGETS.contentScriptBytes / 1024} kB raw`, value: kb(content.rawBytes), met: content.rawBytes <= TARGETS.contentScriptBytes },
    // No probe yet: printed so the table names every target of issue 16 (docs/performance.md).
    { target: `popup first paint ≤ ${TARGETS.popupFirstPaintMs} ms`, value: 'not measured', met: null },
  ];
}

/** The read the overview's and page's open list would make: the newest open markers, one page. */
export const OPEN_PAGE_LABEL = 'listMarkers (open, first page of 100)';

export function formatReport(results: BenchResults): string {
  const parts: string[] = [];
  const { machine } = results;
  parts.push(`Zettel benchmark ${results.at} — ${machine.cores} cores, load ${fmt(machine.loadBefore)} → ${fmt(machine.loadAfter)}, ${machine.browser}, Node ${machine.node}${results.options.quick ? ' (--quick)' : ''}`);

  const overhead = results.overhead;
  if (overhead && results.session) {
    const s = results.session;
    const w = overhead.median.with;
    const wo = overhead.median.without;
    parts.push(
      `\n1. Overhead — ${s.chats.toLocaleString('en')} chats: scroll end to end (${w.scrollSteps} steps), open ${s.openChats} chats, receive ${s.messages} messages, type ${s.typedText.length} keys; median of ${overhead.rounds} round(s), with/without alternating`,
      table([
        ['main thread (CPU ms)', 'without', 'with', 'ratio'],
        ['script (ScriptDuration)', fmt(wo.scriptMs, 0), fmt(w.scriptMs, 0), fmt(overhead.ratios.scriptMs, 2)],
        ['all tasks (TaskDuration)', fmt(wo.taskMs, 0), fmt(w.taskMs, 0), fmt(overhead.ratios.taskMs, 2)],
        ['layout', fmt(wo.layoutMs, 0), fmt(w.layoutMs, 0), fmt(overhead.ratios.layoutMs, 2)],
        ['style recalc', fmt(wo.styleMs, 0), fmt(w.styleMs, 0), fmt(overhead.ratios.styleMs, 2)],
        ['frames per second', fmt((wo.frames / wo.elapsedMs) * 1000), fmt((w.frames / w.elapsedMs) * 1000), fmt(overhead.ratios.framesPerSecond, 2)],
        ['long tasks > 50 ms', fmt(wo.longTasks, 0), fmt(w.longTasks, 0), fmt(overhead.ratios.longTasks, 2)],
      ]),
    );
    const a = overhead.attribution;
    if (a && 'failed' in a) parts.push(`Profiled run (with Zettel): did not finish (${a.failed})`);
    else if (a) {
      parts.push(
        `Profiled run (with Zettel): Zettel's own script ${fmt(a.zettelScriptMs, 0)} ms of ${fmt(a.busyMs, 0)} ms busy; long tasks ${a.longTasks}, Zettel ran inside ${a.longTasksWithZettel}, made long by Zettel ${a.longTasksAttributable} (most Zettel time in one: ${fmt(a.maxZettelMsInLongTask)} ms)${a.clockAligned ? '' : ' [clock not aligned]'}`,
        `  Zettel's hottest code: ${a.topFunctions.slice(0, 6).map((f) => `${f.at} ${fmt(f.ms, 0)} ms`).join('; ')}`,
      );
    }
  }

  const d = results.decoration;
  if (d) {
    parts.push(
      `\n2. Decoration latency — ${d.chats.toLocaleString('en')} chats, ${d.flagged} flagged, ${d.labelled} labelled, scrolled end to end (${d.scrollSteps} steps)`,
      table([
        ['mark', 'samples', 'p50 ms', 'p95 ms', 'max ms'],
        ['flag badge', String(d.flag.samples), fmt(d.flag.p50), fmt(d.flag.p95), fmt(d.flag.max)],
        ['label chip', String(d.label.samples), fmt(d.label.p50), fmt(d.label.p95), fmt(d.label.max)],
      ]),
      `within 16 ms: ${fmt(d.withinFrame * 100)} %; painted in the same frame as the row: ${fmt(d.samePaint * 100)} % (latest: ${fmt(d.maxFramesLate, 0)} paints after); rows that changed chat before their mark came: ${d.missed}`,
    );
  }

  if (results.templates) {
    parts.push(
      '\n3. Template search per keystroke (Zettel\'s index; tests/bench/template-search-benchmark.ts)',
      table([
        ['templates', 'p50 ms', 'p95 ms', 'max ms', 'cpu p95 ms', 'keystrokes'],
        ...results.templates.map((r) => [r.templates.toLocaleString('en'), fmt(r.keystroke.p50, 3), fmt(r.keystroke.p95, 3), fmt(r.keystroke.max, 2), fmt(r.keystrokeCpu.p95, 3), String(r.keystroke.samples)]),
      ]),
    );
  }

  if (results.overview) {
    parts.push(
      '\n4a. Overview (tests/bench/overview-benchmark.ts: utils/overview in Node, queries typed char by char)',
      table([
        ['chats', 'markers', 'items', 'open ms', 'index ms', 'search p50 ms', 'p95 ms', 'max ms', 'cpu p95 ms'],
        ...results.overview.map((r) => [r.chats.toLocaleString('en'), r.markers.toLocaleString('en'), r.items.toLocaleString('en'), fmt(r.openMs), fmt(r.indexMs), fmt(r.keystroke.p50, 2), fmt(r.keystroke.p95, 2), fmt(r.keystroke.max), fmt(r.keystrokeCpu.p95, 2)]),
      ]),
    );
  }

  const data = results.data;
  if (data) {
    parts.push(
      `\n4. Data scale — ${data.chats.toLocaleString('en')} chats, ${data.markers.toLocaleString('en')} markers (backup ${mb(data.import.bytes)})`,
      table([
        ['operation', 'ms', 'items'],
        ['import: choose file → preview', fmt(data.import.previewMs, 0), ''],
        ['import: confirm → merged', fmt(data.import.mergeMs, 0), ''],
        [`export (${mb(data.export.bytes)})`, fmt(data.export.ms, 0), ''],
        ...data.reads.map((read) => [read.label, fmt(read.medianMs), String(read.items)]),
      ]),
      `database on disk: ${mb(data.storage.diskBytes)} (storage.estimate: ${mb(data.storage.estimateBytes)}); page JS heap without ${mb(data.heap.withoutBytes)}, with ${mb(data.heap.withBytes)}: Zettel ${mb(data.heap.zettelBytes)}`,
    );
  }

  if (results.bundle) {
    parts.push('\n5. Bundle (product build)', table([['part', 'raw', 'gzip', 'files'], ...results.bundle.map((b) => [b.name, kb(b.rawBytes), kb(b.gzipBytes), String(b.files.length)])]));
  }

  const verdicts = targetVerdicts(results);
  if (verdicts.length) parts.push('\nTargets', table([['target', 'measured', ''], ...verdicts.map((v) => [v.target, v.value, verdict(v.met)])]));
  return parts.join('\n');
}
