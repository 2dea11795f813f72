/** The log of automatic away replies (issue 11): which chat got one, when. */
import { z } from 'zod';
import { parseInput } from '../errors.ts';
import { chatKey, recordId, timestamp, type AwayReplyRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { newId, now } from './clock.ts';

export const logAwayReplyInput = z.strictObject({ id: recordId.optional(), chatKey, sentAt: timestamp });
export const listAwayRepliesInput = z.strictObject({ since: timestamp.optional() });

/** With a given id the call is idempotent: a retried request does not log the reply twice. */
export async function logAwayReply(db: ZettelDatabase, input: z.input<typeof logAwayReplyInput>): Promise<AwayReplyRecord> {
  const { id, chatKey: key, sentAt } = parseInput(logAwayReplyInput, input);
  const record: AwayReplyRecord = { id: id ?? newId(), chatKey: key, sentAt, updatedAt: now() };
  await db.transaction('rw', db.awayReplies, () => db.awayReplies.put(record));
  return record;
}

/** Newest first. */
export async function listAwayReplies(db: ZettelDatabase, input: z.input<typeof listAwayRepliesInput> = {}): Promise<AwayReplyRecord[]> {
  const { since } = parseInput(listAwayRepliesInput, input);
  const rows = await db.awayReplies.where('sentAt').aboveOrEqual(since ?? 0).toArray();
  return rows.sort((a, b) => b.sentAt - a.sentAt);
}
