/** The deterministic merge (utils/sync/stamps.ts, reconcile.ts): same result on every PC, notes keep both texts. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../utils/sync/reconcile.ts';
import { mergeAll, recordOf, stampLocal, type Fields, type Writer } from '../../../utils/sync/stamps.ts';

const A: Writer = { device: 'aaaa-device', name: 'Büro', now: 1_000 };
const B: Writer = { device: 'bbbb-device', name: 'Werkstatt', now: 1_000 };
const at = (writer: Writer, now: number): Writer => ({ ...writer, now });

const flag = (waitingSince: number, state: 'open' | 'due', updatedAt: number) => ({ chatKey: 'jid:491511@c.us', waitingSince, state, updatedAt });
const note = (text: string, updatedAt: number) => ({ chatKey: 'jid:491511@c.us', text, updatedAt });

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('per-field merge', () => {
  it('takes the newer stamp per field, whatever order the versions arrive in', () => {
    const base = stampLocal('flags', {}, flag(100, 'open', 100), at(A, 100));
    const onA = stampLocal('flags', base, { ...flag(100, 'due', 300) }, at(A, 300)); // A: state → due at 300
    const onB = stampLocal('flags', base, { ...flag(50, 'open', 200) }, at(B, 200)); // B: waitingSince → 50 at 200
    const results = permutations([base, onA, onB]).map((order) => mergeAll('flags', order));
    for (const result of results) expect(result).toEqual(results[0]);
    expect(recordOf('flags', results[0]!)).toEqual({ chatKey: 'jid:491511@c.us', waitingSince: 50, state: 'due', updatedAt: 300 });
  });

  it('breaks a tie of equal times by the device id, the same on both PCs', () => {
    const base = stampLocal('flags', {}, flag(100, 'open', 100), at(A, 100));
    const onA = stampLocal('flags', base, flag(100, 'due', 500), at(A, 500));
    const onB = stampLocal('flags', base, flag(100, 'open', 500), at(B, 500));
    onB.state = { v: 'open', t: 500, d: B.device };
    const ab = mergeAll('flags', [onA, onB]);
    const ba = mergeAll('flags', [onB, onA]);
    expect(ab).toEqual(ba);
    expect(ab.state?.d).toBe(B.device); // 'bbbb…' > 'aaaa…'
  });

  it('a deletion is an edit: the newer of delete and change wins', () => {
    const base = stampLocal('flags', {}, flag(100, 'open', 100), at(A, 100));
    const deletedLater = stampLocal('flags', base, null, at(A, 400));
    const changedEarlier = stampLocal('flags', base, flag(100, 'due', 300), at(B, 300));
    expect(recordOf('flags', mergeAll('flags', [deletedLater, changedEarlier]))).toBeNull();
    const changedLater = stampLocal('flags', base, flag(100, 'due', 500), at(B, 500));
    expect(recordOf('flags', mergeAll('flags', [deletedLater, changedLater]))).toMatchObject({ state: 'due' });
  });
});

describe('notes never silently lose text', () => {
  const base = stampLocal('notes', {}, note('Zugang über den Hof', 100), at(A, 100));

  it('two offline edits of one note keep both texts, marked, identically on both PCs', () => {
    const onA = stampLocal('notes', base, note('Zugang über den Hof, Hund ist lieb', 300), at(A, 300));
    const onB = stampLocal('notes', base, note('Zugang über den Hof. Schlüssel beim Nachbarn', 200), at(B, 200));
    const merged = mergeAll('notes', [onA, onB]);
    expect(mergeAll('notes', [onB, onA])).toEqual(merged);
    const text = String(recordOf('notes', merged)!.text);
    expect(text).toContain('Zugang über den Hof, Hund ist lieb');
    expect(text).toContain('Schlüssel beim Nachbarn');
    expect(text).toMatch(/Konflikt \/ conflict: Werkstatt/);
    // Merging the merged version again with either side adds nothing more (no marker pile-up).
    expect(mergeAll('notes', [merged, onA, onB])).toEqual(merged);
  });

  it('an edit that saw the other text replaces it without a conflict', () => {
    const onA = stampLocal('notes', base, note('erste Fassung', 200), at(A, 200));
    const onB = stampLocal('notes', onA, note('zweite Fassung', 300), at(B, 300)); // B had A's version
    expect(recordOf('notes', mergeAll('notes', [onA, onB]))!.text).toBe('zweite Fassung');
  });

  it('a note deleted on one PC while the other edited it comes back with the edit', () => {
    const deleted = stampLocal('notes', base, null, at(A, 400));
    const edited = stampLocal('notes', base, note('Zugang über den Hof – neu', 300), at(B, 300));
    expect(recordOf('notes', mergeAll('notes', [deleted, edited]))!.text).toBe('Zugang über den Hof – neu');
    // Deleting after having seen the text deletes it.
    const seenThenDeleted = stampLocal('notes', mergeAll('notes', [deleted, edited]), null, at(A, 500));
    expect(recordOf('notes', mergeAll('notes', [seenThenDeleted, edited]))).toBeNull();
  });
});

describe('reconcile', () => {
  it('applies a remote change and sends nothing back (no echo)', () => {
    const shadow = stampLocal('flags', {}, flag(100, 'open', 100), at(A, 100));
    const remote: Fields = stampLocal('flags', shadow, flag(100, 'due', 300), at(B, 300));
    const first = reconcile({ table: 'flags', shadow, local: flag(100, 'open', 100), winner: { rev: '2-b', fields: remote }, conflicts: [], writer: at(A, 400) });
    expect(first.write).toBe(false);
    expect(first.apply).toEqual({ kind: 'put', record: flag(100, 'due', 300) });
    const again = reconcile({ table: 'flags', shadow: first.merged, local: flag(100, 'due', 300), winner: { rev: '2-b', fields: remote }, conflicts: [], writer: at(A, 500) });
    expect(again).toMatchObject({ write: false, apply: null });
  });

  it('resolves replication conflicts by writing the merge', () => {
    const shadow = stampLocal('flags', {}, flag(100, 'open', 100), at(A, 100));
    const onA = stampLocal('flags', shadow, flag(100, 'due', 300), at(A, 300));
    const onB = stampLocal('flags', shadow, flag(40, 'open', 200), at(B, 200));
    const result = reconcile({ table: 'flags', shadow: onA, local: flag(100, 'due', 300), winner: { rev: '2-a', fields: onA }, conflicts: [{ rev: '2-b', fields: onB }], writer: at(A, 400) });
    expect(result.write).toBe(true);
    expect(result.apply).toEqual({ kind: 'put', record: { ...flag(40, 'due', 300) } });
  });

  it('refuses a remote document that does not pass the record schema', () => {
    const hostile: Fields = { $present: { v: true, t: 1, d: 'x' }, chatKey: { v: 'jid:491511@c.us', t: 1, d: 'x' }, text: { v: 42, t: 1, d: 'x' }, updatedAt: { v: 1, t: 1, d: 'x' } };
    const result = reconcile({ table: 'notes', shadow: undefined, local: null, winner: { rev: '1-x', fields: hostile }, conflicts: [], writer: A });
    expect(result).toMatchObject({ rejected: true, apply: null, write: false });
  });
});
