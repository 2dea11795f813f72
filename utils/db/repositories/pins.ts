/** Unlimited pins in the user's own order. */
import { z } from 'zod';
import type { ChatKey } from '../../chat-key.ts';
import { DataError, parseInput } from '../errors.ts';
import { chatKey, type PinRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { now } from './clock.ts';

export const pinInput = z.strictObject({ chatKey });
export const reorderPinsInput = z.strictObject({ chatKeys: z.array(chatKey).max(10_000) });

/** New pins go to the end; pinning a pinned chat changes nothing (idempotent). */
export async function pinChat(db: ZettelDatabase, input: z.input<typeof pinInput>): Promise<PinRecord> {
  const { chatKey: key } = parseInput(pinInput, input);
  return db.transaction('rw', db.pins, async () => {
    const existing = await db.pins.get(key);
    if (existing) return existing;
    const last = await db.pins.orderBy('order').last();
    const record: PinRecord = { chatKey: key, order: last ? last.order + 1 : 0, updatedAt: now() };
    await db.pins.add(record);
    return record;
  });
}

export async function unpinChat(db: ZettelDatabase, input: z.input<typeof pinInput>): Promise<{ removed: boolean }> {
  const { chatKey: key } = parseInput(pinInput, input);
  return db.transaction('rw', db.pins, async () => {
    const existing = await db.pins.get(key);
    if (existing) await db.pins.delete(key);
    return { removed: existing !== undefined };
  });
}

/** The new order must name every pinned chat exactly once: a stale list (another tab unpinned) is refused. */
export async function reorderPins(db: ZettelDatabase, input: z.input<typeof reorderPinsInput>): Promise<PinRecord[]> {
  const { chatKeys } = parseInput(reorderPinsInput, input);
  return db.transaction('rw', db.pins, async () => {
    const pinned = new Set<ChatKey>((await db.pins.toArray()).map((pin) => pin.chatKey));
    if (chatKeys.length !== pinned.size || new Set(chatKeys).size !== chatKeys.length || !chatKeys.every((key) => pinned.has(key))) {
      throw new DataError('conflict', 'the new order must list every pinned chat exactly once');
    }
    const stamp = now();
    const records = chatKeys.map((key, order) => ({ chatKey: key, order, updatedAt: stamp }));
    await db.pins.bulkPut(records);
    return records;
  });
}

export async function listPins(db: ZettelDatabase): Promise<PinRecord[]> {
  return db.pins.orderBy('order').toArray();
}
