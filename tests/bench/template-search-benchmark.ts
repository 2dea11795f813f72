/**
 * Per-keystroke template search timing (issue #9, point 3). Types realistic queries one character
 * at a time against 100 / 1,000 / 5,000 templates and times each `search` call, for three engines
 * in the same process:
 *   - zettel:   createTemplateSearch (word index, typo tolerant) — what the picker uses;
 *   - fuse.js:  a full fuse.js scan over title, body, tags and shortcut (the obvious design);
 *   - naive:    a substring filter over pre-folded text, no typo tolerance (the floor).
 * Reports p50 / p95 / max per keystroke and the index build time.
 *
 * Two clocks per keystroke: wall time (performance.now) is what the user waits, but on a shared
 * machine it includes time the process was not scheduled at all; CPU time (process.cpuUsage) is
 * what the search itself costs. Both are printed, with the load average during the run.
 */
import { loadavg } from 'node:os';
import Fuse from 'fuse.js';
import type { Template } from '../../utils/templates/model.ts';
import { defaultTemplates } from '../../utils/templates/pack.ts';
import { createTemplateSearch } from '../../utils/templates/search.ts';
import { foldForSearch } from '../../utils/search/search-text.ts';
import { usageScore } from '../../utils/templates/usage-rank.ts';
import { templateCorpus } from './template-corpus.ts';

/** What people type into the picker, typos included. */
export const BENCH_QUERIES = ['Termn bestätigt', 'rechnung', 'material bestellt', '/termin', 'fotos', 'zahlungserinerung', 'heizung wartung', 'unterwegs'];
const LIMIT = 10;

export interface KeystrokeStats {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}
export interface SizeResult {
  templates: number;
  engine: 'zettel' | 'fuse.js' | 'naive';
  buildMs: number;
  buildCpuMs: number;
  /** Wall-clock time per keystroke. */
  keystroke: KeystrokeStats;
  /** CPU time (user + system) per keystroke. */
  keystrokeCpu: KeystrokeStats;
  /** 1-minute load average at the end of this measurement (cores: os.availableParallelism()). */
  load: number;
}

interface Engine {
  search(query: string): unknown;
  /** Drops caches between rounds so every round types "cold", like a new picker session. */
  reset(): void;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function collection(size: number): Template[] {
  const pack = [...defaultTemplates('de', { now: 1_764_000_000_000 }), ...defaultTemplates('en', { now: 1_764_000_000_000 })];
  return [...pack, ...templateCorpus(Math.max(0, size - pack.length))].slice(0, size);
}

function zettelEngine(templates: Template[]): Engine {
  const search = createTemplateSearch(templates);
  const first = templates[0] as Template;
  return { search: (query) => search.search(query, LIMIT), reset: () => search.update(first) };
}

function fuseEngine(templates: Template[]): Engine {
  const fuse = new Fuse(templates, {
    keys: [
      { name: 'shortcut', weight: 4 },
      { name: 'title', weight: 3 },
      { name: 'tags', weight: 2 },
      { name: 'body', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.35,
  });
  return { search: (query) => fuse.search(query.replace(/^\//, ''), { limit: LIMIT }), reset: () => undefined };
}

function naiveEngine(templates: Template[]): Engine {
  const folded = templates.map((template) => ({ template, text: foldForSearch([template.shortcut ?? '', template.title, template.tags.join(' '), template.body].join('\n')) }));
  const now = Date.now();
  return {
    search: (query) => {
      const needle = foldForSearch(query.replace(/^\//, '').trim());
      return folded
        .filter((entry) => entry.text.includes(needle))
        .sort((a, b) => usageScore(b.template, now) - usageScore(a.template, now))
        .slice(0, LIMIT);
    },
    reset: () => undefined,
  };
}

const ENGINES = { zettel: zettelEngine, 'fuse.js': fuseEngine, naive: naiveEngine } as const;

function stats(times: number[]): KeystrokeStats {
  const sorted = [...times].sort((a, b) => a - b);
  return { samples: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

function timeKeystrokes(engine: Engine, rounds: number): { wall: KeystrokeStats; cpu: KeystrokeStats } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = -1; round < rounds; round += 1) {
    engine.reset();
    for (const query of BENCH_QUERIES) {
      for (let length = 1; length <= query.length; length += 1) {
        const prefix = query.slice(0, length);
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        engine.search(prefix);
        const elapsed = performance.now() - started;
        const used = process.cpuUsage(cpuBefore);
        if (round < 0) continue; // round -1 warms up the JIT
        wall.push(elapsed);
        cpu.push((used.user + used.system) / 1000);
      }
    }
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}

export interface BenchmarkOptions {
  sizes?: number[];
  engines?: (keyof typeof ENGINES)[];
  /** Rounds of typing all queries; fuse.js gets one round at 5,000 (it takes seconds per round). */
  rounds?: number;
}

export function measureTemplateSearch(options: BenchmarkOptions = {}): SizeResult[] {
  const sizes = options.sizes ?? [100, 1_000, 5_000];
  const engines = options.engines ?? (Object.keys(ENGINES) as (keyof typeof ENGINES)[]);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const templates = collection(size);
    for (const name of engines) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const engine = ENGINES[name](templates);
      const buildMs = performance.now() - started;
      const buildCpu = process.cpuUsage(cpuBefore);
      const rounds = name === 'fuse.js' && size >= 5_000 ? 1 : (options.rounds ?? 5);
      const timed = timeKeystrokes(engine, rounds);
      results.push({ templates: size, engine: name, buildMs, buildCpuMs: (buildCpu.user + buildCpu.system) / 1000, keystroke: timed.wall, keystrokeCpu: timed.cpu, load: loadavg()[0] ?? Number.NaN });
    }
  }
  return results;
}

export function formatResults(results: SizeResult[]): string {
  const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1).padStart(8);
  const lines = [
    `template search per keystroke, ms (limit ${LIMIT}; queries typed char by char: ${BENCH_QUERIES.map((query) => JSON.stringify(query)).join(', ')})`,
    `${'templates'.padStart(9)}  ${'engine'.padEnd(8)} ${'build'.padStart(8)} ${'(cpu)'.padStart(8)} │ ${'wall p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} │ ${'cpu p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} │ ${'samples'.padStart(7)} ${'load'.padStart(5)}`,
  ];
  for (const result of results) {
    const { keystroke: wall, keystrokeCpu: cpu } = result;
    lines.push(
      `${String(result.templates).padStart(9)}  ${result.engine.padEnd(8)} ${ms(result.buildMs)} ${ms(result.buildCpuMs)} │ ${ms(wall.p50)} ${ms(wall.p95)} ${ms(wall.max)} │ ${ms(cpu.p50)} ${ms(cpu.p95)} ${ms(cpu.max)} │ ${String(wall.samples).padStart(7)} ${result.load.toFixed(1).padStart(5)}`,
    );
  }
  return lines.join('\n');
}
