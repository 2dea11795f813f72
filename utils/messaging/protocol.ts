/**
 * The wire protocol between content scripts and the background (docs/data.md "Messaging").
 *
 * One long-lived runtime Port per content script, named DATA_PORT_NAME. Over it the client sends
 * - `request`: run one operation of utils/db/operations.ts; answered by exactly one `reply`. A write's
 *   reply is sent only after its transaction committed.
 * - `subscribe` / `unsubscribe`: keep a read operation's value current. The background answers with the
 *   current `value`, then pushes a new `value` after every committed write that changed it — its own
 *   writes and those of the popup/options pages.
 * Request ids are unique per client and stable across retries, so the background can answer a retried
 * request from its memory instead of running it twice.
 *
 * Only types come from utils/db here (`import type`): nothing of Dexie reaches a content script.
 */
import type { DataErrorCode } from '../db/errors.ts';
import type { OperationInput, OperationName, OperationResult, ReadOperationName } from '../db/operations.ts';

export const DATA_PORT_NAME = 'zettel-data';

export type { OperationInput, OperationName, OperationResult, ReadOperationName };
export type { ChatState } from '../db/repositories/chat-state.ts';
export type { DataCounts } from '../db/repositories/all-data.ts';
export type { MoveSummary } from '../db/repositories/chats.ts';
export type * from '../db/records.ts';
export type { SettingKey, Settings } from '../db/settings.ts';

/** Errors the client adds to the background's DataErrorCode. */
export type ClientErrorCode = 'timeout' | 'unavailable' | 'closed';
/** The background refused the operation for this sender (utils/messaging/sender-policy.ts). */
export type PolicyErrorCode = 'forbidden';
export type WireErrorCode = DataErrorCode | ClientErrorCode | PolicyErrorCode;

export interface WireError {
  code: WireErrorCode;
  message: string;
}

export type ClientMessage =
  | { kind: 'request'; id: string; op: string; input: unknown }
  | { kind: 'subscribe'; id: string; op: string; input: unknown }
  | { kind: 'unsubscribe'; id: string };

export type ServerMessage =
  | { kind: 'reply'; id: string; ok: true; result: unknown }
  | { kind: 'reply'; id: string; ok: false; error: WireError }
  | { kind: 'value'; id: string; value: unknown }
  | { kind: 'subscription-error'; id: string; error: WireError };

/** The slice of `runtime.Port` both sides use, so tests can pass a fake pair. */
export interface PortLike {
  readonly name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export function isClientMessage(message: unknown): message is ClientMessage {
  if (!message || typeof message !== 'object') return false;
  const { kind, id } = message as { kind?: unknown; id?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return false;
  if (kind === 'unsubscribe') return true;
  return (kind === 'request' || kind === 'subscribe') && typeof (message as { op?: unknown }).op === 'string';
}

export function isServerMessage(message: unknown): message is ServerMessage {
  if (!message || typeof message !== 'object') return false;
  const { kind, id } = message as { kind?: unknown; id?: unknown };
  return typeof id === 'string' && (kind === 'reply' || kind === 'value' || kind === 'subscription-error');
}

/** What a failed request rejects with on the client. */
export class DataRequestError extends Error {
  constructor(
    readonly code: WireErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DataRequestError';
  }
}
