/**
 * What the options page asks the background about sync, over runtime messaging: the background is the
 * one context that talks to the server (and holds the engine). Only extension pages may ask
 * (entrypoints/background/sync.ts checks the sender), never a content script.
 */
import { browser } from 'wxt/browser';
import type { ConnectionResult } from './connection.ts';
import type { SyncConfig } from './store.ts';

export const SYNC_MESSAGE = 'zettel-sync';

export type SyncRequest =
  | { type: typeof SYNC_MESSAGE; action: 'test'; config: SyncConfig }
  | { type: typeof SYNC_MESSAGE; action: 'enable'; config: SyncConfig; deviceName: string }
  | { type: typeof SYNC_MESSAGE; action: 'disable' };

export type SyncReply = ConnectionResult;

export function isSyncRequest(message: unknown): message is SyncRequest {
  if (!message || typeof message !== 'object') return false;
  const { type, action } = message as { type?: unknown; action?: unknown };
  return type === SYNC_MESSAGE && (action === 'test' || action === 'enable' || action === 'disable');
}

/** A request without its `type` tag, per action (distributes over the union). */
export type SyncAsk = SyncRequest extends infer R ? (R extends SyncRequest ? Omit<R, 'type'> : never) : never;

export function askSync(request: SyncAsk): Promise<SyncReply> {
  return browser.runtime.sendMessage({ type: SYNC_MESSAGE, ...request }) as Promise<SyncReply>;
}
