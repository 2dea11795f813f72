/**
 * Upgrade from every schema version ever released, with a busy firm's realistic data (issue 10,
 * docs/security.md). Generic over versions: every `tests/unit/db/fixtures/firm-v<N>.ts` is a frozen
 * database of version N; every declared version must have one. A database created exactly as that
 * version did opens under the current schema with every row still there (same primary keys, nothing
 * lost), every row valid under the current record schemas, and a backup of it accepted by the current
 * validator. Complements upgrade.test.ts (small hand-written fixtures compared field by field).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rowSchemas } from '../../../utils/db/backup/format.ts';
import { exportBackup } from '../../../utils/db/backup/transfer.ts';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, ZettelDatabase, schemaVersions, type TableName } from '../../../utils/db/schema.ts';
import { dropDatabase } from './helpers.ts';

interface FirmFixture {
  version: number;
  rows: Partial<Record<TableName, unknown[]>>;
}

const fixtures = Object.values(import.meta.glob<FirmFixture>('./fixtures/firm-v*.ts', { eager: true }));
const byVersion = new Map(fixtures.map((fixture) => [fixture.version, fixture]));
let upgraded = 0;
let rowsChecked = 0;

/** The primary key of a row as Dexie stores it (compound keys joined). */
function keyOf(db: ZettelDatabase, table: TableName, row: unknown): string {
  const primary = db.table(table).schema.primKey;
  const paths = Array.isArray(primary.keyPath) ? primary.keyPath : [primary.keyPath as string];
  return JSON.stringify(paths.map((p) => (row as Record<string, unknown>)[p]));
}

describe('upgrade from every released version with a realistic database', () => {
  it('has a realistic fixture for every declared schema version', () => {
    for (const step of schemaVersions) expect(byVersion.get(step.version), `tests/unit/db/fixtures/firm-v${step.version}.ts`).toBeDefined();
  });

  for (const step of schemaVersions) {
    it(`version ${step.version} → ${CURRENT_SCHEMA_VERSION}: nothing lost, every row valid now, its backup accepted`, async () => {
      const fixture = byVersion.get(step.version);
      if (!fixture) throw new Error(`no fixture for version ${step.version}`);
      const name = `zettel-firm-${step.version}-${Date.now()}`;
      const old = new ZettelDatabase(name, { upToVersion: step.version });
      await old.transaction('rw', old.tables, async () => {
        for (const [table, list] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(list);
      });
      old.close();

      const current = new ZettelDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const table of TABLE_NAMES) {
        const before = (fixture.rows[table] ?? []).map((row) => keyOf(current, table, row));
        const after = await current.table(table).toArray();
        const afterKeys = new Set(after.map((row) => keyOf(current, table, row)));
        expect(before.filter((key) => !afterKeys.has(key)), `${table}: rows lost`).toEqual([]);
        for (const row of after) {
          const parsed = rowSchemas[table].safeParse(row);
          expect(parsed.success, `${table} row ${keyOf(current, table, row)}: ${parsed.success ? '' : parsed.error.issues[0]?.message}`).toBe(true);
        }
        rowsChecked += after.length;
      }
      const backup = await exportBackup(current, { zettelVersion: 'test', now: Date.UTC(2026, 10, 27) });
      const text = JSON.stringify(backup);
      expect(validateBackupText(text, text.length)).toMatchObject({ ok: true });
      await dropDatabase(current);
      upgraded++;
    });
  }

  afterAll(() => {
    console.log(`versions upgraded: ${upgraded} of ${schemaVersions.length} (to v${CURRENT_SCHEMA_VERSION}); rows checked ${rowsChecked}`);
  });
});
