/**
 * Validate-then-merge in one call, for the options page and tests: a file that fails validation, or a
 * merge that fails half-way, leaves the database exactly as it was.
 */
import type { ZettelDatabase } from '../schema.ts';
import { backupError, type BackupError } from './errors.ts';
import { importBackup, type ImportPreview } from './transfer.ts';
import { validateBackupText } from './validate.ts';

export type RestoreResult = { ok: true; result: ImportPreview; ignoredSettings: string[] } | { ok: false; error: BackupError };

export async function restoreFromText(db: ZettelDatabase, text: string, byteSize?: number): Promise<RestoreResult> {
  const validation = validateBackupText(text, byteSize);
  if (!validation.ok) return validation;
  try {
    return { ok: true, result: await importBackup(db, validation.backup), ignoredSettings: validation.ignoredSettings };
  } catch (error) {
    return { ok: false, error: backupError('import-failed', error instanceof Error ? error.message : String(error)) };
  }
}
