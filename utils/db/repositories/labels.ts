/** Labels (name, any color, user order) and which chats carry them. */
import { z } from 'zod';
import { DataError, parseInput } from '../errors.ts';
import { chatKey, hexColor, labelRecord, recordId, type ChatLabelRecord, type LabelRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { newId, now } from './clock.ts';

const labelName = labelRecord.shape.name;
export const createLabelInput = z.strictObject({ id: recordId.optional(), name: labelName, color: hexColor });
export const updateLabelInput = z.strictObject({ id: recordId, name: labelName.optional(), color: hexColor.optional() });
export const labelIdInput = z.strictObject({ id: recordId });
export const reorderLabelsInput = z.strictObject({ ids: z.array(recordId).max(10_000) });
export const setChatLabelsInput = z.strictObject({ chatKey, labelIds: z.array(recordId).max(1_000) });
export const assignChatLabelInput = z.strictObject({ chatKey, labelId: recordId, assigned: z.boolean(), otherKeys: z.array(chatKey).max(20).optional() });

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

async function assertNameFree(db: ZettelDatabase, name: string, exceptId?: string): Promise<void> {
  const clash = await db.labels.filter((label) => label.id !== exceptId && sameName(label.name, name)).first();
  if (clash) throw new DataError('conflict', `a label named ${JSON.stringify(clash.name)} exists`);
}

/** New labels go to the end of the user's order. With a given id the call is idempotent (retries). */
export async function createLabel(db: ZettelDatabase, input: z.input<typeof createLabelInput>): Promise<LabelRecord> {
  const { id, name, color } = parseInput(createLabelInput, input);
  return db.transaction('rw', db.labels, async () => {
    if (id) {
      const existing = await db.labels.get(id);
      if (existing) return existing;
    }
    await assertNameFree(db, name);
    const last = await db.labels.orderBy('order').last();
    const record: LabelRecord = { id: id ?? newId(), name, color, order: last ? last.order + 1 : 0, updatedAt: now() };
    await db.labels.add(record);
    return record;
  });
}

export async function updateLabel(db: ZettelDatabase, input: z.input<typeof updateLabelInput>): Promise<LabelRecord> {
  const { id, name, color } = parseInput(updateLabelInput, input);
  return db.transaction('rw', db.labels, async () => {
    const existing = await db.labels.get(id);
    if (!existing) throw new DataError('not-found', `no label ${id}`);
    if (name !== undefined) await assertNameFree(db, name, id);
    const record: LabelRecord = { ...existing, name: name ?? existing.name, color: color ?? existing.color, updatedAt: now() };
    await db.labels.put(record);
    return record;
  });
}

/** Deleting a label also takes it off every chat, in the same transaction. */
export async function deleteLabel(db: ZettelDatabase, input: z.input<typeof labelIdInput>): Promise<{ removed: boolean; unassigned: number }> {
  const { id } = parseInput(labelIdInput, input);
  return db.transaction('rw', db.labels, db.chatLabels, async () => {
    const existing = await db.labels.get(id);
    if (!existing) return { removed: false, unassigned: 0 };
    const unassigned = await db.chatLabels.where('labelId').equals(id).delete();
    await db.labels.delete(id);
    return { removed: true, unassigned };
  });
}

/** The new order must name every label exactly once: a stale list from another window is refused. */
export async function reorderLabels(db: ZettelDatabase, input: z.input<typeof reorderLabelsInput>): Promise<LabelRecord[]> {
  const { ids } = parseInput(reorderLabelsInput, input);
  return db.transaction('rw', db.labels, async () => {
    const labels = await db.labels.toArray();
    const known = new Set(labels.map((label) => label.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
      throw new DataError('conflict', 'the new order must list every label exactly once');
    }
    const stamp = now();
    const byId = new Map(labels.map((label) => [label.id, label]));
    const reordered = ids.map((id, order) => ({ ...byId.get(id)!, order, updatedAt: stamp }));
    await db.labels.bulkPut(reordered);
    return reordered;
  });
}

export async function listLabels(db: ZettelDatabase): Promise<LabelRecord[]> {
  return db.labels.orderBy('order').toArray();
}

/** Every label assignment: small (one row per chat and label), so the chat list can hold it whole. */
export async function listChatLabels(db: ZettelDatabase): Promise<ChatLabelRecord[]> {
  return db.chatLabels.toArray();
}

/** Replaces a chat's labels with exactly these (idempotent). */
export async function setChatLabels(db: ZettelDatabase, input: z.input<typeof setChatLabelsInput>): Promise<ChatLabelRecord[]> {
  const { chatKey: key, labelIds } = parseInput(setChatLabelsInput, input);
  const wanted = [...new Set(labelIds)];
  return db.transaction('rw', db.labels, db.chatLabels, async () => {
    const found = await db.labels.bulkGet(wanted);
    const missing = wanted.filter((_, index) => !found[index]);
    if (missing.length > 0) throw new DataError('not-found', `no label ${missing.join(', ')}`);
    const current = await db.chatLabels.where('chatKey').equals(key).toArray();
    const keep = new Set(wanted);
    const stale = current.filter((row) => !keep.has(row.labelId));
    await db.chatLabels.bulkDelete(stale.map((row) => [row.chatKey, row.labelId] as [typeof key, string]));
    const have = new Set(current.map((row) => row.labelId));
    const stamp = now();
    const added = wanted.filter((id) => !have.has(id)).map((labelId) => ({ chatKey: key, labelId, updatedAt: stamp }));
    await db.chatLabels.bulkAdd(added);
    return db.chatLabels.where('chatKey').equals(key).toArray();
  });
}

/**
 * Puts one label on a chat or takes it off, reading the chat's current labels inside the same
 * transaction — so two tabs (or a tab and the options page) changing different labels of one chat at
 * the same moment both land; a set computed from a tab's possibly stale view would drop the other's.
 * Labels stored under `otherKeys` (the same chat's other keys) move to `chatKey`.
 */
export async function assignChatLabel(db: ZettelDatabase, input: z.input<typeof assignChatLabelInput>): Promise<ChatLabelRecord[]> {
  const { chatKey: key, labelId, assigned, otherKeys = [] } = parseInput(assignChatLabelInput, input);
  const others = otherKeys.filter((other) => other !== key);
  return db.transaction('rw', db.labels, db.chatLabels, async () => {
    if (assigned && !(await db.labels.get(labelId))) throw new DataError('not-found', `no label ${labelId}`);
    const current = await db.chatLabels.where('chatKey').anyOf([key, ...others]).toArray();
    const ids = new Set(current.map((row) => row.labelId));
    if (assigned) ids.add(labelId);
    else ids.delete(labelId);
    const stamp = now();
    await db.chatLabels.bulkDelete(current.filter((row) => row.chatKey !== key || !ids.has(row.labelId)).map((row) => [row.chatKey, row.labelId] as [typeof key, string]));
    const have = new Set(current.filter((row) => row.chatKey === key).map((row) => row.labelId));
    await db.chatLabels.bulkAdd([...ids].filter((id) => !have.has(id)).map((id) => ({ chatKey: key, labelId: id, updatedAt: stamp })));
    return db.chatLabels.where('chatKey').equals(key).toArray();
  });
}
