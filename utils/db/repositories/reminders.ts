/** Reminders: "come back to this chat at …". Firing one sets the chat's flag to due. */
import { z } from 'zod';
import { DataError, parseInput } from '../errors.ts';
import { LIMITS, chatKey, recordId, timestamp, type FlagRecord, type ReminderRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { newId, now } from './clock.ts';
import { markFlagDueInTransaction } from './flags.ts';

export const scheduleReminderInput = z.strictObject({
  id: recordId.optional(),
  chatKey,
  dueAt: timestamp,
  note: z.string().max(LIMITS.reminderNote).optional(),
});
export const reminderIdInput = z.strictObject({ id: recordId });
export const rescheduleReminderInput = z.strictObject({
  /** Made by the caller, so a request retried after a worker restart writes the same row again. */
  id: recordId,
  chatKey,
  /** The chat's display title, remembered with the reminder (for notifications of chats not on screen). */
  title: z.string().trim().min(1).max(LIMITS.title),
  /** Every key the chat is known under: their pending reminders are replaced (one per chat). */
  replaceKeys: z.array(chatKey).max(10),
  dueAt: timestamp,
  note: z.string().max(LIMITS.reminderNote).optional(),
});
export const dueRemindersInput = z.strictObject({ until: timestamp });
export const remindersOfChatInput = z.strictObject({ chatKey: chatKey.optional() });

/** With a given id the call is idempotent (a retried request reschedules the same reminder). */
export async function scheduleReminder(db: ZettelDatabase, input: z.input<typeof scheduleReminderInput>): Promise<ReminderRecord> {
  const { id, chatKey: key, dueAt, note } = parseInput(scheduleReminderInput, input);
  const record: ReminderRecord = { id: id ?? newId(), chatKey: key, dueAt, note: note ?? '', firedAt: null, updatedAt: now() };
  await db.transaction('rw', db.reminders, () => db.reminders.put(record));
  return record;
}

/**
 * "Remind me at …" from the chat header (issue #19, point 5): cancels the chat's pending reminders,
 * remembers its title and schedules the new one in ONE transaction, so a worker stopped half-way leaves
 * either the old reminder or the new one, never none or two. Idempotent: a retry with the same id
 * replaces the reminder it already wrote.
 */
export async function rescheduleReminder(db: ZettelDatabase, input: z.input<typeof rescheduleReminderInput>): Promise<ReminderRecord> {
  const { id, chatKey: key, title, replaceKeys, dueAt, note } = parseInput(rescheduleReminderInput, input);
  const keys = [...new Set([key, ...replaceKeys])];
  return db.transaction('rw', db.reminders, db.chats, async () => {
    const stamp = now();
    const replaced = await db.reminders.where('chatKey').anyOf(keys).filter((row) => row.firedAt === null && row.id !== id).primaryKeys();
    await db.reminders.bulkDelete(replaced);
    const chat = await db.chats.get(key);
    if (chat?.title !== title) await db.chats.put({ key, title, updatedAt: stamp });
    const record: ReminderRecord = { id, chatKey: key, dueAt, note: note ?? '', firedAt: null, updatedAt: stamp };
    await db.reminders.put(record);
    return record;
  });
}

export async function cancelReminder(db: ZettelDatabase, input: z.input<typeof reminderIdInput>): Promise<{ removed: boolean }> {
  const { id } = parseInput(reminderIdInput, input);
  return db.transaction('rw', db.reminders, async () => {
    const existing = await db.reminders.get(id);
    if (existing) await db.reminders.delete(id);
    return { removed: existing !== undefined };
  });
}

/** Records that the reminder fired and sets the chat's flag to due, both or neither. */
export async function fireReminder(
  db: ZettelDatabase,
  input: z.input<typeof reminderIdInput>,
): Promise<{ reminder: ReminderRecord; flag: FlagRecord }> {
  const { id } = parseInput(reminderIdInput, input);
  return db.transaction('rw', db.reminders, db.flags, async () => {
    const existing = await db.reminders.get(id);
    if (!existing) throw new DataError('not-found', `no reminder ${id}`);
    const stamp = now();
    const reminder: ReminderRecord = { ...existing, firedAt: existing.firedAt ?? stamp, updatedAt: stamp };
    await db.reminders.put(reminder);
    const flag = await markFlagDueInTransaction(db, existing.chatKey);
    return { reminder, flag };
  });
}

/** Reminders that are due by `until` and have not fired yet, earliest first (for alarms). */
export async function listDueReminders(db: ZettelDatabase, input: z.input<typeof dueRemindersInput>): Promise<ReminderRecord[]> {
  const { until } = parseInput(dueRemindersInput, input);
  const due = await db.reminders.where('dueAt').belowOrEqual(until).sortBy('dueAt');
  return due.filter((reminder) => reminder.firedAt === null);
}

export async function listReminders(db: ZettelDatabase, input: z.input<typeof remindersOfChatInput> = {}): Promise<ReminderRecord[]> {
  const { chatKey: key } = parseInput(remindersOfChatInput, input);
  const rows = key ? await db.reminders.where('chatKey').equals(key).toArray() : await db.reminders.toArray();
  return rows.sort((a, b) => a.dueAt - b.dueAt);
}
