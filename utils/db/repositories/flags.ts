/** "Still to answer" flags: one per chat, with the time the customer started waiting. */
import { z } from 'zod';
import type { ChatKey } from '../../chat-key.ts';
import { parseInput } from '../errors.ts';
import { chatKey, timestamp, type FlagRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { now } from './clock.ts';

export const flagChatInput = z.strictObject({ chatKey, waitingSince: timestamp.optional() });
export const chatKeyInput = z.strictObject({ chatKey });
export const chatKeysInput = z.strictObject({ chatKeys: z.array(chatKey).max(10_000) });

/**
 * Flags a chat. Flagging an already flagged chat keeps its waiting time (a second click must not make
 * a customer look as if they had just written) unless the caller names one — which also makes a retried
 * request harmless.
 */
export async function flagChat(db: ZettelDatabase, input: z.input<typeof flagChatInput>): Promise<FlagRecord> {
  const { chatKey: key, waitingSince } = parseInput(flagChatInput, input);
  return db.transaction('rw', db.flags, async () => {
    const existing = await db.flags.get(key);
    if (existing && waitingSince === undefined) return existing;
    const record: FlagRecord = {
      chatKey: key,
      waitingSince: waitingSince ?? now(),
      state: existing?.state ?? 'open',
      updatedAt: now(),
    };
    await db.flags.put(record);
    return record;
  });
}

export async function unflagChat(db: ZettelDatabase, input: z.input<typeof chatKeyInput>): Promise<{ removed: boolean }> {
  const { chatKey: key } = parseInput(chatKeyInput, input);
  return db.transaction('rw', db.flags, async () => {
    const existing = await db.flags.get(key);
    if (existing) await db.flags.delete(key);
    return { removed: existing !== undefined };
  });
}

/** A reminder came due: the chat's flag shows the due state (and is created if the user had cleared it). */
export async function markFlagDue(db: ZettelDatabase, input: z.input<typeof chatKeyInput>): Promise<FlagRecord> {
  const { chatKey: key } = parseInput(chatKeyInput, input);
  return db.transaction('rw', db.flags, () => markFlagDueInTransaction(db, key));
}

export async function markFlagDueInTransaction(db: ZettelDatabase, key: ChatKey): Promise<FlagRecord> {
  const existing = await db.flags.get(key);
  const record: FlagRecord = {
    chatKey: key,
    waitingSince: existing?.waitingSince ?? now(),
    state: 'due',
    updatedAt: now(),
  };
  await db.flags.put(record);
  return record;
}

export async function listFlags(db: ZettelDatabase): Promise<FlagRecord[]> {
  return db.flags.orderBy('waitingSince').toArray();
}
