/**
 * A large backup (issue 16) is imported and exported in chunks: the options page keeps rendering and a
 * progress bar moves while the rows are compared and written, and the merge still lands complete.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT } from '../../utils/db/backup/format.ts';
import { CURRENT_SCHEMA_VERSION } from '../../utils/db/schema.ts';
import { test, expect } from './fixtures';

const MARKERS = 12_000;

function markersBackup(): string {
  const t0 = Date.UTC(2026, 0, 1);
  const chatKey = (index: number) => `jid:49170${String(index % 500).padStart(7, '0')}@c.us`;
  const markers = Array.from({ length: MARKERS }, (_, index) => ({
    chatKey: chatKey(index),
    messageId: `3EB0${index.toString(16).toUpperCase().padStart(12, '0')}`,
    color: '#f5a623',
    note: '',
    snippet: `Nachricht ${index}: Bitte um Rückruf wegen Angebot`,
    sender: `Kunde ${index % 500}`,
    sentAt: t0 + index,
    status: index % 4 ? 'open' : 'resolved',
    resolvedAt: index % 4 ? null : t0 + index + 1,
    createdAt: t0 + index,
    updatedAt: t0 + index + 1,
  }));
  const data = { chats: [], flags: [], labels: [], chatLabels: [], reminders: [], pins: [], markers, notes: [], templates: [], settings: [], awayReplies: [] };
  return JSON.stringify({ format: BACKUP_FORMAT, version: CURRENT_SCHEMA_VERSION, exportedAt: t0, data });
}

/** Records, in animation frames (so only what the page actually painted), each progress value shown. */
async function recordPaintedProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    const tick = () => {
      const bar = document.querySelector<HTMLProgressElement>('progress[data-zettel="backup-progress"]');
      if (bar) {
        const entry = `${bar.dataset.task} ${bar.value}/${bar.max}`;
        if (seen.at(-1) !== entry) seen.push(entry);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const paintedProgress = (page: Page, task: string) =>
  page.evaluate((task) => (window as unknown as { __progressSeen: string[] }).__progressSeen.filter((entry) => entry.startsWith(`${task} `)), task);

test('importing and exporting a large backup shows moving progress and keeps every row', async ({ openOptions }, testInfo) => {
  test.setTimeout(240_000);
  const file = testInfo.outputPath('markers-backup.json');
  writeFileSync(file, markersBackup());
  const options = await openOptions();
  await recordPaintedProgress(options);

  await options.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
  await expect(options.locator('[data-table="markers"] [data-count="added"]')).toHaveText(String(MARKERS), { timeout: 120_000 });
  await options.locator('[data-zettel-action="confirm-import"]').click();
  await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'ok', { timeout: 120_000 });
  await expect(options.locator('[data-zettel="backup-progress"]')).toHaveCount(0);
  // The page painted the bar part-way several times: it was not frozen for the whole merge.
  const during = (await paintedProgress(options, 'import')).filter((entry) => !entry.startsWith('import 0/') && !/ (\d+)\/\1$/.test(entry));
  expect(during.length, (await paintedProgress(options, 'import')).join(', ')).toBeGreaterThanOrEqual(2);
  expect(await options.locator('[data-zettel="backup-status"]').textContent()).toContain(String(MARKERS));

  const [download] = await Promise.all([options.waitForEvent('download', { timeout: 120_000 }), options.locator('[data-zettel-action="export-backup"]').click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { data: { markers: unknown[] } };
  expect(exported.data.markers).toHaveLength(MARKERS);
  expect((await paintedProgress(options, 'export')).length).toBeGreaterThanOrEqual(1);
});
