/**
 * Data for the benchmark and part 4, data scale. Everything goes through the product build's own
 * paths, as a user's data would: backups are imported and exported on the options page (Backup), and
 * reads go over the data service's real Port (`zettel-data`, utils/messaging/protocol.ts) from an
 * extension page, exactly as the content script sends them.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, type BackupFile } from '../../utils/db/backup/format.ts';
import { CURRENT_SCHEMA_VERSION } from '../../utils/db/schema.ts';
import type { BenchBrowser } from './browser.ts';
import { median } from './stats.ts';

const DAY = 86_400_000;
const BENCH_LABELS = [
  { id: 'bench-urgent', name: 'Bench dringend', color: '#b34700' },
  { id: 'bench-quote', name: 'Bench Angebot', color: '#7d3c98' },
  { id: 'bench-site', name: 'Bench Baustelle', color: '#117a8b' },
  { id: 'bench-paid', name: 'Bench bezahlt', color: '#1f7a4d' },
];

function emptyData(): BackupFile['data'] {
  return { chats: [], flags: [], labels: [], chatLabels: [], reminders: [], pins: [], markers: [], notes: [], templates: [], settings: [], awayReplies: [] };
}

export interface MarkedChats {
  flagged: string[];
  labelled: string[];
}

/** Which of the stage's chat titles get a flag (`flags` of them, evenly spread) or a label (half as many, in between). */
export function pickMarkedChats(allTitles: readonly string[], flags: number): MarkedChats {
  // A title shown by two chats would be one key for both (and an ambiguous row): only unique ones.
  const count = new Map<string, number>();
  for (const title of allTitles) count.set(title, (count.get(title) ?? 0) + 1);
  const titles = allTitles.filter((title) => count.get(title) === 1);
  const stride = Math.max(1, Math.floor(titles.length / Math.max(1, flags)));
  const flagged = titles.filter((_, i) => i % stride === 0).slice(0, flags);
  const labelled = titles.filter((_, i) => i % (stride * 2) === Math.floor(stride / 2)).slice(0, Math.ceil(flags / 2));
  return { flagged, labelled };
}

/** A backup with flags and labels on those chats, keyed by title as Zettel keys a chat not yet opened. */
export function marksBackup(marked: MarkedChats, now = Date.now()): BackupFile {
  const data = emptyData();
  data.labels = BENCH_LABELS.map((label, order) => ({ ...label, order: 100 + order, updatedAt: now }));
  data.flags = marked.flagged.map((title, i) => ({ chatKey: `title:${title}`, waitingSince: now - ((i * 37) % 72) * 3_600_000, state: i % 9 ? 'open' : 'due', updatedAt: now }));
  data.chatLabels = marked.labelled.map((title, i) => ({ chatKey: `title:${title}`, labelId: BENCH_LABELS[i % BENCH_LABELS.length]!.id, updatedAt: now }));
  return { format: BACKUP_FORMAT, version: CURRENT_SCHEMA_VERSION, exportedAt: now, data };
}

/** A big firm's data: `chats` known chats and `markers` marked messages spread over them. */
export function scaleBackup(chats: number, markers: number, now = Date.now()): BackupFile {
  const data = emptyData();
  const jid = (i: number) => `jid:4917${String(10_000_000 + i)}@c.us` as const;
  data.chats = Array.from({ length: chats }, (_, i) => ({ key: jid(i), title: `Kunde ${String(i + 1).padStart(5, '0')}`, updatedAt: now }));
  const snippets = ['Bitte schicken Sie ein Foto vom Zählerkasten', 'Termin Donnerstag 8 Uhr bestätigt', 'Rechnung 2026-0412 ist bezahlt', 'Material kommt Mittwoch', 'Angebot Wallbox bis Freitag'];
  data.markers = Array.from({ length: markers }, (_, i) => {
    const created = now - (i % 400) * DAY;
    return {
      chatKey: jid(i % chats),
      messageId: `3EB0${i.toString(16).toUpperCase().padStart(18, '0')}`,
      color: '#f5a623',
      note: i % 10 === 0 ? 'zurückrufen' : '',
      snippet: snippets[i % snippets.length]!,
      sender: `Kunde ${String((i % chats) + 1).padStart(5, '0')}`,
      sentAt: created,
      status: i % 4 === 0 ? 'resolved' : 'open',
      resolvedAt: i % 4 === 0 ? created + DAY : null,
      createdAt: created,
      updatedAt: created,
    };
  });
  return { format: BACKUP_FORMAT, version: CURRENT_SCHEMA_VERSION, exportedAt: now, data };
}

async function optionsPage(bench: BenchBrowser): Promise<Page> {
  const page = await bench.context.newPage();
  await page.goto(`chrome-extension://${bench.extensionId}/options.html#backup`);
  return page;
}

export interface ImportTimes {
  bytes: number;
  /** Choosing the file → the preview shown (read, validate, compare with the database). */
  previewMs: number;
  /** Confirming → "imported" shown (the merge, one transaction). */
  mergeMs: number;
}

/** Imports a backup the way a user does: options › Backup › choose file › confirm. */
export async function importThroughOptions(bench: BenchBrowser, backup: BackupFile, dir: string): Promise<ImportTimes> {
  const file = path.join(dir, `zettel-bench-backup-${Date.now()}.json`);
  const text = JSON.stringify(backup);
  writeFileSync(file, text);
  const page = await optionsPage(bench);
  try {
    const status = page.locator('[data-zettel="backup-status"][data-state]');
    const started = Date.now();
    await page.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
    const confirm = page.locator('[data-zettel-action="confirm-import"]');
    await Promise.race([
      confirm.waitFor({ timeout: 180_000 }),
      page.locator('[data-zettel="backup-status"][data-state="error"]').waitFor({ timeout: 180_000 }).then(async () => {
        throw new Error(`import refused: ${await status.textContent()}`);
      }),
    ]);
    const previewed = Date.now();
    await confirm.click();
    await page.locator('[data-zettel="backup-status"][data-state="ok"]').waitFor({ timeout: 300_000 });
    return { bytes: Buffer.byteLength(text), previewMs: previewed - started, mergeMs: Date.now() - previewed };
  } finally {
    await page.close();
  }
}

/** Exports everything from options › Backup; the time until the file is handed to the browser. */
export async function exportThroughOptions(bench: BenchBrowser): Promise<{ ms: number; bytes: number }> {
  const page = await optionsPage(bench);
  try {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.locator('[data-zettel-action="export-backup"]').click()]);
    const ms = Date.now() - started;
    const saved = await download.path();
    return { ms, bytes: saved ? statSync(saved).size : Number.NaN };
  } finally {
    await page.close();
  }
}

/**
 * In an extension page: runs each request over a fresh `zettel-data` Port `repeat` times and returns
 * the round-trip times (ms) and the size of the answer.
 */
export async function timeDataRequests(input: { requests: Array<{ op: string; input: unknown }>; repeat: number }): Promise<Array<{ op: string; times: number[]; items: number }>> {
  type Port = { postMessage(m: unknown): void; onMessage: { addListener(l: (m: { id: string; ok?: boolean; result?: unknown; error?: { message: string } }) => void): void }; disconnect(): void };
  const runtime = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime;
  const port = runtime.connect({ name: 'zettel-data' });
  const waiting = new Map<string, (m: { ok?: boolean; result?: unknown; error?: { message: string } }) => void>();
  port.onMessage.addListener((message) => waiting.get(message.id)?.(message));
  let next = 0;
  const request = (op: string, body: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = `bench-${(next += 1)}`;
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.ok) resolve(message.result);
        else reject(new Error(`${op}: ${message.error?.message ?? 'failed'}`));
      });
      port.postMessage({ kind: 'request', id, op, input: body });
    });
  const results: Array<{ op: string; times: number[]; items: number }> = [];
  for (const { op, input: body } of input.requests) {
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < input.repeat; i += 1) {
      const started = performance.now();
      const result = await request(op, body);
      times.push(performance.now() - started);
      items = Array.isArray(result) ? result.length : 1;
    }
    results.push({ op, times, items });
  }
  port.disconnect();
  return results;
}

export interface ReadTimes {
  op: string;
  label: string;
  items: number;
  medianMs: number;
}

/** Times reads of the data service from an extension page (median of `repeat`). */
export async function measureReads(bench: BenchBrowser, reads: Array<{ label: string; op: string; input: unknown }>, repeat: number): Promise<ReadTimes[]> {
  const page = await bench.context.newPage();
  try {
    await page.goto(`chrome-extension://${bench.extensionId}/popup.html`);
    const results = await page.evaluate(timeDataRequests, { requests: reads.map(({ op, input }) => ({ op, input })), repeat });
    return results.map((result, i) => ({ op: result.op, label: reads[i]!.label, items: result.items, medianMs: median(result.times) }));
  } finally {
    await page.close();
  }
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

export interface StorageSize {
  /** navigator.storage.estimate() usage in the extension origin. */
  estimateBytes: number;
  /** The extension origin's IndexedDB folders in the profile, on disk. */
  diskBytes: number;
}

export async function measureStorage(bench: BenchBrowser): Promise<StorageSize> {
  const page = await bench.context.newPage();
  try {
    await page.goto(`chrome-extension://${bench.extensionId}/popup.html`);
    const estimateBytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? Number.NaN);
    const root = path.join(bench.userDataDir, 'Default', 'IndexedDB');
    let diskBytes = 0;
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name.startsWith(`chrome-extension_${bench.extensionId}_`)) diskBytes += folderBytes(path.join(root, entry.name));
    }
    return { estimateBytes, diskBytes };
  } finally {
    await page.close();
  }
}

/** The stage's chat titles in list order (deterministic for a seed and size). */
export async function stageTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __stage: { chats(): Array<{ title: string }> } }).__stage.chats().map((chat) => chat.title));
}
