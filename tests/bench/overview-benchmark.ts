/**
 * Overview timing at a busy firm's scale (issue #6: 100,000 markers, 10,000 chats): opening (building
 * the lists), building the search index (done on the first keystroke), and search per keystroke —
 * queries typed one character at a time, typos included, in every tab, with and without a label
 * filter. Budget: ≤ 50 ms per keystroke. Wall time and CPU time are both printed (the machine is shared).
 */
import { loadavg } from 'node:os';
import { buildOverview, OVERVIEW_TABS } from '../../utils/overview/items.ts';
import { createOverviewSearch, type OverviewSearch } from '../../utils/overview/search.ts';
import { overviewCorpus, type OverviewCorpusSize } from './overview-corpus.ts';

/** What people type: chat names, trade words, a misspelled word, an invoice number, two words. */
export const OVERVIEW_QUERIES = ['Müller', 'Wärmepumpe', 'Rechnng', 'pünktlich', 'Dachrinne Linden', 'tropft', '12345', 'Baustelle Hauptstraße'];

export interface Stats {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

export interface OverviewBenchResult {
  chats: number;
  markers: number;
  items: number;
  openMs: number;
  openCpuMs: number;
  indexMs: number;
  indexCpuMs: number;
  keystroke: Stats;
  keystrokeCpu: Stats;
  load: number;
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
  return { samples: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

function typeQueries(search: OverviewSearch, labelIds: (string | null)[], rounds: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = -1; round < rounds; round += 1) {
    for (const tab of OVERVIEW_TABS) {
      for (const labelId of labelIds) {
        for (const query of OVERVIEW_QUERIES) {
          for (let length = 1; length <= query.length; length += 1) {
            const cpuBefore = process.cpuUsage();
            const started = performance.now();
            search.view({ tab, text: query.slice(0, length), labelId });
            const elapsed = performance.now() - started;
            const used = process.cpuUsage(cpuBefore);
            if (round < 0) continue; // warm-up
            wall.push(elapsed);
            cpu.push((used.user + used.system) / 1000);
          }
        }
      }
    }
  }
  return { wall, cpu };
}

export function measureOverview(sizes: OverviewCorpusSize[] = [{ chats: 1_000, markers: 10_000 }, { chats: 10_000, markers: 100_000 }], rounds = 2): OverviewBenchResult[] {
  return sizes.map((size) => {
    const corpus = overviewCorpus(size);
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    let cpuBefore = process.cpuUsage();
    let started = performance.now();
    const search = createOverviewSearch(buildOverview(corpus));
    search.view({ tab: 'open' }); // what the panel shows on opening
    const openMs = performance.now() - started;
    const openCpuMs = cpuMs(cpuBefore);
    cpuBefore = process.cpuUsage();
    started = performance.now();
    search.prepare();
    const indexMs = performance.now() - started;
    const indexCpuMs = cpuMs(cpuBefore);
    const typed = typeQueries(search, [null, corpus.labels[1]?.id ?? null], rounds);
    return { ...size, items: search.data.items.length, openMs, openCpuMs, indexMs, indexCpuMs, keystroke: stats(typed.wall), keystrokeCpu: stats(typed.cpu), load: loadavg()[0] ?? Number.NaN };
  });
}

export function formatOverviewResults(results: OverviewBenchResult[]): string {
  const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1).padStart(8);
  const lines = [
    `overview, ms (queries typed char by char in all 4 tabs, without and with a label filter: ${OVERVIEW_QUERIES.map((query) => JSON.stringify(query)).join(', ')})`,
    `${'chats'.padStart(6)} ${'markers'.padStart(8)} ${'items'.padStart(7)} │ ${'open'.padStart(8)} ${'(cpu)'.padStart(8)} ${'index'.padStart(8)} ${'(cpu)'.padStart(8)} │ ${'wall p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} │ ${'cpu p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} │ ${'samples'.padStart(7)} ${'load'.padStart(5)}`,
  ];
  for (const result of results) {
    const { keystroke: wall, keystrokeCpu: cpu } = result;
    lines.push(
      `${String(result.chats).padStart(6)} ${String(result.markers).padStart(8)} ${String(result.items).padStart(7)} │ ${ms(result.openMs)} ${ms(result.openCpuMs)} ${ms(result.indexMs)} ${ms(result.indexCpuMs)} │ ${ms(wall.p50)} ${ms(wall.p95)} ${ms(wall.max)} │ ${ms(cpu.p50)} ${ms(cpu.p95)} ${ms(cpu.max)} │ ${String(wall.samples).padStart(7)} ${result.load.toFixed(1).padStart(5)}`,
    );
  }
  return lines.join('\n');
}
