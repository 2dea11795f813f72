/**
 * Every older schema version, filled with realistic rows, must open under the current schema with
 * nothing lost. Each new version adds its predecessor's fixture to `fixturesByVersion`.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, ZettelDatabase, schemaVersions } from '../../../utils/db/schema.ts';
import { dropDatabase, snapshot } from './helpers.ts';
import { v1Rows } from './fixtures/v1.ts';

// Version 2 added marker indexes only: its rows are version 1's.
const fixturesByVersion: Record<number, Record<string, unknown[]>> = { 1: v1Rows, 2: v1Rows };

/** What a fixture row of `version` looks like after all upgrades (identity until a version changes rows). */
function expectedAfterUpgrade(_version: number, rows: Record<string, unknown[]>): Record<string, unknown[]> {
  return rows;
}

function sortRows(rows: Record<string, unknown[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.map((row) => JSON.stringify(row)).sort()]));
}

describe('schema versions', () => {
  it('declares versions in increasing order and every table in the newest', () => {
    const versions = schemaVersions.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(Object.keys(schemaVersions.at(-1)!.stores).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('has a fixture for every version', () => {
    for (const step of schemaVersions) expect(fixturesByVersion[step.version], `fixture for v${step.version}`).toBeDefined();
  });

  for (const step of schemaVersions) {
    it(`a database created at version ${step.version} opens at version ${CURRENT_SCHEMA_VERSION} with nothing lost`, async () => {
      const name = `zettel-upgrade-${step.version}-${Date.now()}`;
      const old = new ZettelDatabase(name, { upToVersion: step.version });
      const fixture = fixturesByVersion[step.version]!;
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const current = new ZettelDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      const stored = await snapshot(current);
      const expected = expectedAfterUpgrade(step.version, fixture);
      expect(sortRows(stored)).toEqual(sortRows({ ...Object.fromEntries(TABLE_NAMES.map((table) => [table, []])), ...expected }));
      // indexes work on upgraded rows
      expect(await current.flags.where('state').equals('due').count()).toBe(1);
      expect(await current.templates.where('tags').equals('termin').count()).toBe(1);
      const openMarkers = fixture.markers?.filter((marker) => (marker as { status: string }).status === 'open').length ?? 0;
      expect(await current.markers.where('[status+createdAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).count()).toBe(openMarkers);
      await dropDatabase(current);
    });
  }
});
