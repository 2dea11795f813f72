/**
 * Import and export of a large backup move rows in chunks with progress (issue 16), and chunking changes
 * nothing else: the exported text is exactly the file's JSON, a failed merge still writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROWS_PER_CHUNK, type Progress } from '../../../utils/db/backup/chunks.ts';
import { exportBackup, exportBackupParts, importBackup, previewImport } from '../../../utils/db/backup/transfer.ts';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';
import type { MarkerRecord } from '../../../utils/db/records.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase, snapshot } from './helpers.ts';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const MARKERS = ROWS_PER_CHUNK * 2 + 17;

function marker(i: number): MarkerRecord {
  return {
    chatKey: `jid:4917${String(10_000_000 + (i % 97))}@c.us`,
    messageId: `3EB0${String(i).padStart(6, '0')}`,
    color: '#f5a623',
    note: i % 5 ? '' : 'zurückrufen',
    snippet: `Nachricht ${i} – Zählerstand`,
    sender: 'Kunde',
    sentAt: T0,
    status: i % 4 ? 'open' : 'resolved',
    resolvedAt: i % 4 ? null : T0 + 1,
    createdAt: T0 + i,
    updatedAt: T0 + i,
  };
}

let db: ZettelDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.markers.bulkAdd(Array.from({ length: MARKERS }, (_, i) => marker(i)));
  await db.chats.bulkAdd([{ key: 'jid:491710000000@c.us', title: 'Kunde 1', updatedAt: T0 }]);
});
afterEach(() => dropDatabase(db));

/** Progress reports must rise steadily from 0 to the total, several times for a multi-chunk table. */
function expectSteadyProgress(reports: Progress[], total: number): void {
  expect(reports.length).toBeGreaterThan(3);
  expect(reports[0]).toEqual({ done: 0, total });
  expect(reports.at(-1)).toEqual({ done: total, total });
  for (let i = 1; i < reports.length; i++) expect(reports[i]!.done).toBeGreaterThanOrEqual(reports[i - 1]!.done);
}

describe('chunked export', () => {
  it('joins to exactly the JSON of the backup file, with progress over every row', async () => {
    const reports: Progress[] = [];
    const { parts, rows } = await exportBackupParts(db, { now: 7, zettelVersion: '0.1.0', onProgress: (progress) => reports.push(progress) });
    expect(parts.join('')).toBe(JSON.stringify(await exportBackup(db, { now: 7, zettelVersion: '0.1.0' })));
    expect(rows).toBe(MARKERS + 1);
    expectSteadyProgress(reports, MARKERS + 1);
  });
});

describe('chunked import', () => {
  it('restores every row into an emptied database and reports compare and write progress', async () => {
    const before = await snapshot(db);
    const { parts } = await exportBackupParts(db);
    const validation = validateBackupText(parts.join(''));
    if (!validation.ok) throw new Error(validation.error.code);
    await Promise.all(db.allTables().map((table) => table.clear()));

    const previewed: Progress[] = [];
    expect((await previewImport(db, validation.backup, { onProgress: (progress) => previewed.push(progress) })).markers.added).toBe(MARKERS);
    expect(previewed.at(-1)).toEqual({ done: MARKERS + 1, total: MARKERS + 1 });

    const imported: Progress[] = [];
    await importBackup(db, validation.backup, { onProgress: (progress) => imported.push(progress) });
    expectSteadyProgress(imported, (MARKERS + 1) * 2);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when a chunk after the first fails', async () => {
    const { parts } = await exportBackupParts(db);
    const validation = validateBackupText(parts.join(''));
    if (!validation.ok) throw new Error(validation.error.code);
    await Promise.all(db.allTables().map((table) => table.clear()));
    const empty = await snapshot(db);
    // A row IndexedDB refuses (no valid key) in the last chunk: the earlier chunks were already put.
    const broken = { ...validation.backup, data: { ...validation.backup.data, markers: [...validation.backup.data.markers, { ...marker(0), chatKey: undefined }] } };
    await expect(importBackup(db, broken as never)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(empty);
  });
});
