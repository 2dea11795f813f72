/**
 * The shape of every record Zettel stores, as zod schemas. One source of truth for the repositories
 * (they validate before writing), the backup validator (imported data is hostile) and, through
 * `import type`, the messaging protocol. No Dexie here: this module is pure.
 */
import { z } from 'zod';
import { isChatKey, type ChatKey } from '../chat-key.ts';

/** Epoch milliseconds. Bounded so a hostile file cannot smuggle in NaN, Infinity or year 275760. */
export const timestamp = z.number().int().min(0).max(8_640_000_000_000);
export const chatKey = z.custom<ChatKey>((value) => isChatKey(value) && value.length <= 600, {
  message: 'not a chat key',
});
/** Ids Zettel generates (crypto.randomUUID) or a seed's stable ids; never free text. */
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/);
/** A WhatsApp message id after normalisation (see utils/messaging/message-id.ts). */
export const messageId = z.string().min(1).max(200);

export const LIMITS = {
  title: 500,
  labelName: 60,
  noteText: 100_000,
  markerNote: 2_000,
  snippet: 500,
  sender: 200,
  templateTitle: 200,
  templateBody: 20_000,
  templateTags: 30,
  tag: 60,
  shortcut: 40,
  reminderNote: 500,
} as const;

export const chatRecord = z.strictObject({
  key: chatKey,
  title: z.string().max(LIMITS.title).nullable(),
  updatedAt: timestamp,
});

export const flagState = z.enum(['open', 'due']);
export const flagRecord = z.strictObject({
  chatKey,
  /** Since when the customer has been waiting: the flag's age shown in the row. */
  waitingSince: timestamp,
  /** 'due' once a reminder fired; the row then shows the due style. */
  state: flagState,
  updatedAt: timestamp,
});

export const labelRecord = z.strictObject({
  id: recordId,
  name: z.string().trim().min(1).max(LIMITS.labelName),
  color: hexColor,
  order: z.number().int().min(0),
  updatedAt: timestamp,
});

export const chatLabelRecord = z.strictObject({
  chatKey,
  labelId: recordId,
  updatedAt: timestamp,
});

export const reminderRecord = z.strictObject({
  id: recordId,
  chatKey,
  dueAt: timestamp,
  note: z.string().max(LIMITS.reminderNote),
  firedAt: timestamp.nullable(),
  updatedAt: timestamp,
});

export const pinRecord = z.strictObject({
  chatKey,
  order: z.number().int().min(0),
  updatedAt: timestamp,
});

export const markerStatus = z.enum(['open', 'resolved']);
export const markerRecord = z.strictObject({
  chatKey,
  messageId,
  color: hexColor,
  note: z.string().max(LIMITS.markerNote),
  /** Plain text taken from the message (never HTML), for lists and search. */
  snippet: z.string().max(LIMITS.snippet),
  sender: z.string().max(LIMITS.sender),
  /** When the message was sent, when the page shows it; null when unknown. */
  sentAt: timestamp.nullable(),
  status: markerStatus,
  resolvedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const noteRecord = z.strictObject({
  chatKey,
  text: z.string().max(LIMITS.noteText),
  updatedAt: timestamp,
});

export const templateRecord = z.strictObject({
  id: recordId,
  title: z.string().trim().min(1).max(LIMITS.templateTitle),
  body: z.string().max(LIMITS.templateBody),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.templateTags),
  shortcut: z.string().trim().min(1).max(LIMITS.shortcut).nullable(),
  /**
   * Optional, so rows written before these fields existed stay valid without a schema version
   * (no index, no reshaping): absent = the UI language, no form of address (docs/templates.md).
   */
  language: z.enum(['de', 'en']).optional(),
  formality: z.enum(['sie', 'du']).optional(),
  usageCount: z.number().int().min(0),
  lastUsedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A setting's value is checked against its definition in settings.ts, not here. */
export const settingRecord = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]{0,63}$/),
  value: z.unknown(),
  updatedAt: timestamp,
});

/**
 * An automatic away reply. Written as `pending` and committed before Zettel presses send, then `sent`
 * (seen in the chat) or `failed` (not confirmed; it may have gone out, so it still counts in every
 * limit). Absent status: a record from before pending entries existed, which was only written once sent.
 * Both fields are optional within schema version 1 (they are not indexed).
 */
export const awayReplyStatus = z.enum(['pending', 'sent', 'failed']);

export const awayReplyRecord = z.strictObject({
  id: recordId,
  chatKey,
  sentAt: timestamp,
  /** The closed period it answered (closedPeriodId); absent on older records (recomputed from sentAt). */
  periodId: z.string().min(1).max(64).optional(),
  status: awayReplyStatus.optional(),
  updatedAt: timestamp,
});

export type ChatRecord = z.infer<typeof chatRecord>;
export type FlagState = z.infer<typeof flagState>;
export type FlagRecord = z.infer<typeof flagRecord>;
export type LabelRecord = z.infer<typeof labelRecord>;
export type ChatLabelRecord = z.infer<typeof chatLabelRecord>;
export type ReminderRecord = z.infer<typeof reminderRecord>;
export type PinRecord = z.infer<typeof pinRecord>;
export type MarkerStatus = z.infer<typeof markerStatus>;
export type MarkerRecord = z.infer<typeof markerRecord>;
export type NoteRecord = z.infer<typeof noteRecord>;
export type TemplateRecord = z.infer<typeof templateRecord>;
export type SettingRecord = z.infer<typeof settingRecord>;
export type AwayReplyRecord = z.infer<typeof awayReplyRecord>;
export type AwayReplyStatus = z.infer<typeof awayReplyStatus>;
