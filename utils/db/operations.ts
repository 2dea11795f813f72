/**
 * The catalogue of what the data layer offers over messaging: every write (a command with explicit
 * intent) and every read (which a content script may also subscribe to — `tables` says which writes
 * make it stale). The background dispatches requests by name through this table; the protocol derives
 * its request and reply types from it (type-only, so no Dexie reaches a content script).
 * Every `run` validates its input (the repositories parse with zod) and, for writes, resolves only after
 * the transaction committed.
 */
import * as chats from './repositories/chats.ts';
import { chatStates } from './repositories/chat-state.ts';
import { countData } from './repositories/all-data.ts';
import * as flags from './repositories/flags.ts';
import * as labels from './repositories/labels.ts';
import * as markers from './repositories/markers.ts';
import * as notes from './repositories/notes.ts';
import * as pins from './repositories/pins.ts';
import * as reminders from './repositories/reminders.ts';
import * as settings from './repositories/settings.ts';
import * as templates from './repositories/templates.ts';
import { addTemplatePack } from './repositories/template-pack.ts';
import * as awayReplies from './repositories/away-replies.ts';
import type { TableName, ZettelDatabase } from './schema.ts';

/** `never` accepts every repository function's input type (parameters are contravariant). */
type Run = (db: ZettelDatabase, input: never) => Promise<unknown>;

export interface WriteOperation<R extends Run = Run> {
  kind: 'write';
  run: R;
}
export interface ReadOperation<R extends Run = Run> {
  kind: 'read';
  tables: readonly TableName[];
  run: R;
}

const write = <R extends Run>(run: R): WriteOperation<R> => ({ kind: 'write', run });
const read = <R extends Run>(tables: readonly TableName[], run: R): ReadOperation<R> => ({ kind: 'read', tables, run });
/** For reads without parameters: the wire still carries an (ignored) input. */
const noInput = <T>(run: (db: ZettelDatabase) => Promise<T>) => (db: ZettelDatabase, _input?: Record<string, never>) => run(db);

export const operations = {
  // chats and identity
  rememberChat: write(chats.rememberChat),
  linkChatTitleToJid: write(chats.linkChatTitleToJid),
  followChatRename: write(chats.followChatRename),
  listChats: read(['chats'], noInput(chats.listChats)),
  chatStates: read(['flags', 'chatLabels', 'pins', 'markers', 'notes'], chatStates),
  // flags
  flagChat: write(flags.flagChat),
  unflagChat: write(flags.unflagChat),
  markFlagDue: write(flags.markFlagDue),
  listFlags: read(['flags'], noInput(flags.listFlags)),
  // labels
  createLabel: write(labels.createLabel),
  updateLabel: write(labels.updateLabel),
  deleteLabel: write(labels.deleteLabel),
  reorderLabels: write(labels.reorderLabels),
  setChatLabels: write(labels.setChatLabels),
  assignChatLabel: write(labels.assignChatLabel),
  listLabels: read(['labels'], noInput(labels.listLabels)),
  listChatLabels: read(['chatLabels'], noInput(labels.listChatLabels)),
  // reminders
  scheduleReminder: write(reminders.scheduleReminder),
  rescheduleReminder: write(reminders.rescheduleReminder),
  cancelReminder: write(reminders.cancelReminder),
  fireReminder: write(reminders.fireReminder),
  listReminders: read(['reminders'], reminders.listReminders),
  listDueReminders: read(['reminders'], reminders.listDueReminders),
  // pins
  pinChat: write(pins.pinChat),
  unpinChat: write(pins.unpinChat),
  reorderPins: write(pins.reorderPins),
  listPins: read(['pins'], noInput(pins.listPins)),
  // markers
  markMessage: write(markers.markMessage),
  updateMarker: write(markers.updateMarker),
  resolveMarker: write(markers.resolveMarker),
  reopenMarker: write(markers.reopenMarker),
  unmarkMessage: write(markers.unmarkMessage),
  listMarkers: read(['markers'], markers.listMarkers),
  // notes
  saveNote: write(notes.saveNote),
  getNote: read(['notes'], notes.getNote),
  listNotes: read(['notes'], noInput(notes.listNotes)),
  // templates
  saveTemplate: write(templates.saveTemplate),
  deleteTemplate: write(templates.deleteTemplate),
  duplicateTemplate: write(templates.duplicateTemplate),
  recordTemplateUse: write(templates.recordTemplateUse),
  addTemplatePack: write(addTemplatePack),
  listTemplates: read(['templates'], noInput(templates.listTemplates)),
  // settings
  updateSetting: write(settings.updateSetting),
  getSettings: read(['settings'], noInput(settings.getSettings)),
  // away replies
  logAwayReply: write(awayReplies.logAwayReply),
  settleAwayReply: write(awayReplies.settleAwayReply),
  withdrawAwayReply: write(awayReplies.withdrawAwayReply),
  listAwayReplies: read(['awayReplies'], awayReplies.listAwayReplies),
  // whole database
  countData: read(['flags', 'labels', 'pins', 'markers', 'notes', 'templates'], noInput(countData)),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type ReadOperationName = { [N in OperationName]: Operations[N] extends ReadOperation ? N : never }[OperationName];
export type OperationInput<N extends OperationName> = Parameters<Operations[N]['run']>[1];
export type OperationResult<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operations, name);
}

/** Runs an operation by name for a caller we do not trust (a content script's message). */
export async function runOperation(db: ZettelDatabase, name: OperationName, input: unknown): Promise<unknown> {
  const operation: WriteOperation | ReadOperation = operations[name];
  // The repositories validate `input` with zod before using it, so passing `unknown` through is safe.
  return operation.run(db, input as never);
}
