/**
 * One document's three-way reconciliation, pure: what was last synced (the shadow), the local record
 * in Dexie, and the versions in the mirror (the winner and any conflicting revisions the replication
 * brought). Local edits are stamped against the shadow, everything is merged (stamps.ts), and the
 * result says what to write to the mirror (resolving the conflicts) and what to apply to Dexie.
 * Applying a remote change leaves local == shadow, so it is never sent back: no echo loops.
 */
import { mergeAll, recordOf, same, sameFields, stampLocal, type Fields, type Writer } from './stamps.ts';
import { validRemoteRecord, type SyncedTableName } from './tables.ts';

export interface Version {
  rev: string;
  fields: Fields;
}

export interface ReconcileInput {
  table: SyncedTableName;
  shadow: Fields | undefined;
  local: Record<string, unknown> | null;
  winner: Version | null;
  conflicts: readonly Version[];
  writer: Writer;
}

export type Apply = { kind: 'put'; record: Record<string, unknown> } | { kind: 'delete' } | null;

export interface ReconcileResult {
  merged: Fields;
  /** Write `merged` on top of `winner` and delete the conflicting revisions; false: the mirror is current. */
  write: boolean;
  apply: Apply;
  /** The merged version did not pass validation: nothing is applied (a hostile or broken document). */
  rejected: boolean;
}

export function reconcile(input: ReconcileInput): ReconcileResult {
  const { table, local, winner, conflicts } = input;
  const ours = stampLocal(table, input.shadow ?? {}, local, input.writer);
  const merged = mergeAll(table, [ours, ...(winner ? [winner.fields] : []), ...conflicts.map((version) => version.fields)]);
  const write = !winner || conflicts.length > 0 || !sameFields(merged, winner.fields);
  const raw = recordOf(table, merged);
  if (raw === null) return { merged, write, apply: local === null ? null : { kind: 'delete' }, rejected: false };
  const record = validRemoteRecord(table, raw);
  if (record === null) return { merged, write: false, apply: null, rejected: true };
  return { merged, write, apply: local !== null && same(record, local) ? null : { kind: 'put', record }, rejected: false };
}
