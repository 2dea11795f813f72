/**
 * The log of automatic away replies (issue 11): which chat got one, when, and whether it was confirmed.
 * The content script claims a reply (a `pending` entry, committed) before it presses send, so the limits
 * hold across a reload, a closed chat or a crash; afterwards it settles the entry as `sent` or `failed`.
 * A failed entry stays: the text may have gone out, and the customer must not get it twice.
 */
import { z } from 'zod';
import { parseInput } from '../errors.ts';
import { awayReplyStatus, chatKey, recordId, timestamp, type AwayReplyRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { newId, now } from './clock.ts';

export const logAwayReplyInput = z.strictObject({
  id: recordId.optional(),
  chatKey,
  sentAt: timestamp,
  periodId: z.string().min(1).max(64).optional(),
  /** Default 'sent' (a reply logged after the fact). */
  status: awayReplyStatus.optional(),
});
export const listAwayRepliesInput = z.strictObject({ since: timestamp.optional() });
export const settleAwayReplyInput = z.strictObject({ id: recordId, status: z.enum(['sent', 'failed']) });
export const withdrawAwayReplyInput = z.strictObject({ id: recordId });

/** With a given id the call is idempotent: a retried request does not log the reply twice. */
export async function logAwayReply(db: ZettelDatabase, input: z.input<typeof logAwayReplyInput>): Promise<AwayReplyRecord> {
  const { id, chatKey: key, sentAt, periodId, status } = parseInput(logAwayReplyInput, input);
  const record: AwayReplyRecord = { id: id ?? newId(), chatKey: key, sentAt, ...(periodId ? { periodId } : {}), status: status ?? 'sent', updatedAt: now() };
  await db.transaction('rw', db.awayReplies, () => db.awayReplies.put(record));
  return record;
}

/**
 * The outcome of a claimed reply. Only a pending entry changes: a retried or late request can neither
 * turn a sent reply into a failed one nor bring back an entry that was withdrawn.
 */
export async function settleAwayReply(db: ZettelDatabase, input: z.input<typeof settleAwayReplyInput>): Promise<{ settled: boolean }> {
  const { id, status } = parseInput(settleAwayReplyInput, input);
  return db.transaction('rw', db.awayReplies, async () => {
    const existing = await db.awayReplies.get(id);
    if (!existing || existing.status !== 'pending') return { settled: false };
    await db.awayReplies.put({ ...existing, status, updatedAt: now() });
    return { settled: true };
  });
}

/** A claim given up before anything reached the compose box (nothing can have gone out): it stops counting. */
export async function withdrawAwayReply(db: ZettelDatabase, input: z.input<typeof withdrawAwayReplyInput>): Promise<{ removed: boolean }> {
  const { id } = parseInput(withdrawAwayReplyInput, input);
  return db.transaction('rw', db.awayReplies, async () => {
    const existing = await db.awayReplies.get(id);
    if (!existing || existing.status !== 'pending') return { removed: false };
    await db.awayReplies.delete(id);
    return { removed: true };
  });
}

/** Newest first. Pending and failed entries included: every limit counts them. */
export async function listAwayReplies(db: ZettelDatabase, input: z.input<typeof listAwayRepliesInput> = {}): Promise<AwayReplyRecord[]> {
  const { since } = parseInput(listAwayRepliesInput, input);
  const rows = await db.awayReplies.where('sentAt').aboveOrEqual(since ?? 0).toArray();
  return rows.sort((a, b) => b.sentAt - a.sentAt);
}
