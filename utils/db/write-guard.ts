/**
 * Every write to the database — a repository, a chat merge, a backup import, an upgrade — passes the
 * same record checks the backup importer applies (record-checks.ts). A row that would not survive its
 * own backup is refused with `invalid-input` and the transaction changes nothing.
 */
import { Dexie } from 'dexie';
import { DataError } from './errors.ts';
import { recordProblem } from './record-checks.ts';
import type { TableName } from './schema.ts';

function assertValid(table: TableName, row: unknown): void {
  const problem = recordProblem(table, row);
  if (!problem) return;
  const where = problem.path.length > 0 ? problem.path.map(String).join('.') : 'row';
  throw new DataError('invalid-input', `${table}.${where}: ${problem.issue.message}`);
}

/** The row as it will be stored after Dexie applies `modifications` (key paths; undefined deletes). */
function modified(row: object, modifications: Record<string, unknown>): unknown {
  const copy = structuredClone(row);
  for (const [keyPath, value] of Object.entries(modifications)) {
    if (value === undefined) Dexie.delByKeyPath(copy, keyPath);
    else Dexie.setByKeyPath(copy, keyPath, value);
  }
  return copy;
}

export function guardWrites(db: Dexie): void {
  for (const table of db.tables) {
    const name = table.name as TableName;
    table.hook('creating', (_key, row) => assertValid(name, row));
    table.hook('updating', (modifications, _key, row) => {
      assertValid(name, modified(row as object, modifications as Record<string, unknown>));
      return undefined;
    });
  }
}
