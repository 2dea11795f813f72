import { Dexie } from 'dexie';
import { CURRENT_SCHEMA_VERSION, ZettelDatabase, schemaVersions } from '../../../utils/db/schema.ts';

let counter = 0;

/** A fresh database per test (fake-indexeddb), so tests never see each other's rows. */
export function freshDatabase(options: { upToVersion?: number } = {}): ZettelDatabase {
  return new ZettelDatabase(`zettel-test-${process.pid}-${++counter}`, options);
}

export async function dropDatabase(db: ZettelDatabase): Promise<void> {
  db.close();
  await db.delete({ disableAutoOpen: false });
}

/** Everything in the database, table by table, for "nothing changed" assertions. */
export async function snapshot(db: ZettelDatabase): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.allTables()) result[table.name] = await table.toArray();
  return result;
}

/**
 * The same database without Zettel's write checks: stands in for rows an older release (or a bug)
 * stored before the checks existed, which reads must still survive.
 */
export async function writeUnchecked(db: ZettelDatabase, table: string, rows: unknown[]): Promise<void> {
  const raw = new Dexie(db.name);
  raw.version(CURRENT_SCHEMA_VERSION).stores(schemaVersions.at(-1)!.stores);
  await raw.table(table).bulkPut(rows);
  raw.close();
}
