/**
 * Lifts the rows of a backup written by an older schema version to the current one — the backup
 * twin of the `upgrade` functions in schema.ts. Key: the version a file says it has; value: a function
 * that turns its `data` into the next version's `data`.
 */
import { CURRENT_SCHEMA_VERSION } from '../schema.ts';

type DataUpgrade = (data: Record<string, unknown>) => Record<string, unknown>;

export const backupUpgrades: Record<number, DataUpgrade> = {
  // Version 2 added indexes only: a version-1 file's rows are already version-2 rows.
  1: (data) => data,
};

export const OLDEST_READABLE_VERSION = 1;

/** Returns the upgraded data, or null when a step is missing (the version cannot be read). */
export function upgradeBackupData(version: number, data: Record<string, unknown>): Record<string, unknown> | null {
  let current = data;
  for (let step = version; step < CURRENT_SCHEMA_VERSION; step++) {
    const upgrade = backupUpgrades[step];
    if (!upgrade) return null;
    current = upgrade(current);
  }
  return current;
}
