/**
 * The sync documents' content and their deterministic merge (docs/sync.md "Conflicts").
 *
 * Every synced record travels as one document whose fields each carry a stamp: the value, when it was
 * changed (`t`, epoch ms) and by which device (`d`). Two versions merge field by field, the newer stamp
 * winning, ties broken by the device id — so every PC computes the same result from the same versions,
 * whatever order they arrive in. Presence is a field too (`$present`), so a deletion is an edit that
 * can lose against a newer change. Notes are the exception that never loses text: two edits of one
 * note made without seeing each other are kept both, one after the other, under a visible marker line.
 */

export interface Stamp {
  v: unknown;
  t: number;
  d: string;
  /** Notes' text and presence only: the newest text stamp time the writer had seen (what it replaced). */
  p?: number;
  /** Notes' text only: the writing device's name, for the conflict marker line. */
  n?: string;
  /** Notes' text only: the concurrent edits (`t:d`) merged into this text, so no merge repeats them. */
  m?: string[];
}

export type Fields = Record<string, Stamp>;

export const PRESENT = '$present';

/** Newer time wins; on equal times the larger device id, so the choice is the same everywhere. */
export function newer(a: Stamp, b: Stamp): Stamp {
  if (a.t !== b.t) return a.t > b.t ? a : b;
  if (a.d !== b.d) return a.d > b.d ? a : b;
  // Same time and device: only a merge of the same edit; order by value for determinism.
  return canonical(a.v) >= canonical(b.v) ? a : b;
}

/** The line that separates two concurrent versions of a note; language-neutral so every PC writes the same. */
export function noteConflictLine(stamp: Stamp): string {
  const when = new Date(stamp.t).toISOString().slice(0, 16).replace('T', ' ');
  return `——— Konflikt / conflict: ${stamp.n ?? stamp.d} · ${when} UTC ———`;
}

const editId = (stamp: Stamp) => `${stamp.t}:${stamp.d}`;

/** Whether `a` already holds `b`'s edit: it replaced it knowingly, or merged it in before. */
function holds(a: Stamp, b: Stamp): boolean {
  if (b.t <= (a.p ?? 0)) return true;
  const held = new Set([editId(a), ...(a.m ?? [])]);
  return [editId(b), ...(b.m ?? [])].every((id) => held.has(id));
}

/** Two stamps of a note's text: concurrent edits (neither holds the other) are both kept. */
function mergeNoteText(a: Stamp, b: Stamp): Stamp {
  if (same(a.v, b.v)) return newer(a, b);
  if (holds(a, b)) return a;
  if (holds(b, a)) return b;
  const winner = newer(a, b);
  const loser = winner === a ? b : a;
  const text = `${String(winner.v)}\n\n${noteConflictLine(loser)}\n${String(loser.v)}`;
  const merged = [...new Set([...(winner.m ?? []), ...(loser.m ?? []), editId(loser)])].sort();
  return { ...winner, v: text, p: Math.max(winner.p ?? 0, loser.p ?? 0), m: merged };
}

export function mergeStamp(field: string, table: string, a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (!a) return b;
  if (!b) return a;
  if (table === 'notes' && field === 'text') return mergeNoteText(a, b);
  return newer(a, b);
}

/** The merge of two versions of one record: commutative and associative, so any order gives the same. */
export function mergeFields(table: string, a: Fields, b: Fields): Fields {
  const merged: Fields = {};
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const stamp = mergeStamp(name, table, a[name], b[name]);
    if (stamp) merged[name] = stamp;
  }
  return merged;
}

export function mergeAll(table: string, versions: readonly Fields[]): Fields {
  return versions.reduce<Fields>((merged, version) => mergeFields(table, merged, version), {});
}

/**
 * Whether the merged document stands for a record. A note deleted on one PC while another PC edited
 * its text without having seen the deletion comes back: its text is not dropped without the user.
 */
export function isPresent(table: string, fields: Fields): boolean {
  const present = fields[PRESENT];
  if (!present) return false;
  if (present.v === true) return true;
  // An edit made after the deletion brings the record back (the newer change wins).
  if (Object.entries(fields).some(([name, stamp]) => name !== PRESENT && stamp.t > present.t)) return true;
  const text = fields.text;
  return table === 'notes' && !!text && text.t > (present.p ?? present.t);
}

/** The record the merged fields describe (not yet validated), or null when it is deleted. */
export function recordOf(table: string, fields: Fields): Record<string, unknown> | null {
  if (!isPresent(table, fields)) return null;
  const record: Record<string, unknown> = {};
  for (const [name, stamp] of Object.entries(fields)) if (name !== PRESENT) record[name] = stamp.v;
  return record;
}

export interface Writer {
  device: string;
  name: string;
  now: number;
}

/** JSON with object keys sorted: equal values give equal text whatever order their keys were set in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Stamps a local record against what was last synced (`base`): fields that changed get the writer's
 * stamp, the rest keep theirs. The time never goes backwards past a stamp it replaces (clock skew).
 */
export function stampLocal(table: string, base: Fields, local: Record<string, unknown> | null, writer: Writer): Fields {
  const next: Fields = { ...base };
  const after = (previous: Stamp | undefined) => Math.max(writer.now, (previous?.t ?? 0) + 1);
  const baseRecord = recordOf(table, base);
  if (local === null) {
    if (baseRecord === null) return base;
    const seen = Math.max(0, ...Object.entries(base).filter(([name]) => name !== PRESENT).map(([, stamp]) => stamp.t));
    next[PRESENT] = { v: false, t: after(base[PRESENT]), d: writer.device, p: seen };
    return next;
  }
  // The record's own change time is the best clock for an edit made while sync was not running.
  const changedAt = typeof local.updatedAt === 'number' ? local.updatedAt : writer.now;
  const at = (previous: Stamp | undefined) => Math.max(changedAt, (previous?.t ?? 0) + 1);
  for (const [name, value] of Object.entries(local)) {
    const previous = base[name];
    if (previous && same(previous.v, value)) continue;
    const stamp: Stamp = { v: value, t: at(previous), d: writer.device };
    if (table === 'notes' && name === 'text') Object.assign(stamp, { p: previous?.t ?? 0, n: writer.name });
    next[name] = stamp;
  }
  for (const name of Object.keys(base)) {
    if (name !== PRESENT && !(name in local)) delete next[name];
  }
  if (baseRecord === null) next[PRESENT] = { v: true, t: at(base[PRESENT]), d: writer.device };
  return next;
}

export function sameFields(a: Fields, b: Fields): boolean {
  const keys = Object.keys(a).sort();
  if (!same(keys, Object.keys(b).sort())) return false;
  return keys.every((key) => same(a[key], b[key]));
}
