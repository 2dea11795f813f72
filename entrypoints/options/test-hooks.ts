/**
 * Test-build-only: lets e2e tests write to the database from this extension page exactly as the
 * options page does (same origin, same Dexie), without a UI for every operation yet. Loaded only when
 * `import.meta.env.MODE === 'test'`, so the store build does not contain it.
 */
import { exportBackup } from '../../utils/db/backup/transfer.ts';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { isOperationName, runOperation } from '../../utils/db/operations.ts';

declare global {
  interface Window {
    __zettelData?: {
      run(op: string, input?: unknown): Promise<unknown>;
      exportData(): Promise<unknown>;
    };
  }
}

export function installTestHooks(): void {
  window.__zettelData = {
    run(op, input) {
      if (!isOperationName(op)) return Promise.reject(new Error(`unknown operation ${op}`));
      return runOperation(openZettelDatabase(), op, input);
    },
    async exportData() {
      return (await exportBackup(openZettelDatabase())).data;
    },
  };
}
