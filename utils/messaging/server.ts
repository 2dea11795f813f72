/**
 * The background's half of the protocol (protocol.ts): answers requests and keeps subscriptions
 * current, for any number of ports. It knows nothing of Dexie: the background hands it a `run`
 * function, the tables each read depends on, and a source of "these tables changed" events that fire
 * after commit (utils/db/changes.ts).
 */
import {
  isClientMessage,
  type ClientMessage,
  type PortLike,
  type ServerMessage,
  type WireError,
  type WireErrorCode,
} from './protocol.ts';
import type { SenderPolicy } from './sender-policy.ts';

export interface DataServerDeps {
  /** Runs a named operation; resolves after commit for writes; throws `{ code, message }` errors. */
  run(op: string, input: unknown): Promise<unknown>;
  /** `undefined`: no such operation; `null`: a write (cannot be subscribed); else the tables a read uses. */
  tablesRead(op: string): readonly string[] | null | undefined;
  /** Subscribes to committed changes; returns the unsubscribe function. */
  onTablesChanged(listener: (tables: ReadonlySet<string>) => void): () => void;
  log?: (message: string, detail?: unknown) => void;
}

interface Subscription {
  id: string;
  op: string;
  input: unknown;
  tables: ReadonlySet<string>;
  port: PortLike;
  lastSent: string | undefined;
  running: boolean;
  stale: boolean;
  closed: boolean;
}

/** How many answered request ids are remembered, to answer a retried request without running it again. */
const REMEMBERED_REPLIES = 1000;
const KNOWN_ERROR_CODES = new Set<WireErrorCode>(['invalid-input', 'not-found', 'conflict', 'unknown-request', 'storage-full', 'internal']);

/** IndexedDB's "disk full" reaches us as a QuotaExceededError, possibly wrapped by Dexie (AbortError → inner). */
function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown } | null, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

export function toWireError(error: unknown): WireError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (isQuotaError(error)) return { code: 'storage-full', message };
  if (typeof code === 'string' && KNOWN_ERROR_CODES.has(code as WireErrorCode)) return { code: code as WireErrorCode, message };
  return { code: 'internal', message };
}

export interface DataServer {
  /** Serves one port; `policy` (sender-policy.ts, chosen from the port's sender) says what it may run. */
  accept(port: PortLike, policy: SenderPolicy): void;
  /** Number of live subscriptions (for tests and health). */
  subscriptionCount(): number;
  close(): void;
}

export function createDataServer(deps: DataServerDeps): DataServer {
  const subscriptions = new Set<Subscription>();
  /** Remembered per sender policy, so one kind of sender can never read another's answer by its id. */
  const replies = new Map<string, { policy: SenderPolicy; reply: Promise<ServerMessage> }>();
  const ports = new Set<PortLike>();

  const stopWatching = deps.onTablesChanged((tables) => {
    for (const subscription of subscriptions) {
      if ([...tables].some((table) => subscription.tables.has(table))) void refresh(subscription);
    }
  });

  function post(port: PortLike, message: ServerMessage): void {
    try {
      port.postMessage(message);
    } catch (error) {
      // The port closed while we worked; the client re-sends what it still waits for when it reconnects.
      deps.log?.('port closed before the answer could be sent', error);
    }
  }

  function refusal(id: string, op: string, input: unknown, policy: SenderPolicy): WireError | null {
    const reason = policy(op, input);
    if (reason === null) return null;
    deps.log?.(`refused ${op} from a less privileged sender`, reason);
    return { code: 'forbidden', message: reason };
  }

  function answer(id: string, op: string, input: unknown, policy: SenderPolicy): Promise<ServerMessage> {
    const remembered = replies.get(id);
    if (remembered?.policy === policy) return remembered.reply;
    const reply = (async (): Promise<ServerMessage> => {
      if (deps.tablesRead(op) === undefined) return { kind: 'reply', id, ok: false, error: { code: 'unknown-request', message: `unknown operation ${op}` } };
      try {
        return { kind: 'reply', id, ok: true, result: await deps.run(op, input) };
      } catch (error) {
        return { kind: 'reply', id, ok: false, error: toWireError(error) };
      }
    })();
    replies.delete(id);
    replies.set(id, { policy, reply });
    if (replies.size > REMEMBERED_REPLIES) replies.delete(replies.keys().next().value!);
    return reply;
  }

  /** Re-runs a subscription's read; runs never overlap, and a change during a run causes one more run. */
  async function refresh(subscription: Subscription): Promise<void> {
    if (subscription.running) {
      subscription.stale = true;
      return;
    }
    subscription.running = true;
    try {
      do {
        subscription.stale = false;
        const value = await deps.run(subscription.op, subscription.input);
        const serialised = JSON.stringify(value) ?? 'undefined';
        if (!subscription.closed && serialised !== subscription.lastSent) {
          subscription.lastSent = serialised;
          post(subscription.port, { kind: 'value', id: subscription.id, value });
        }
      } while (subscription.stale && !subscription.closed);
    } catch (error) {
      if (!subscription.closed) post(subscription.port, { kind: 'subscription-error', id: subscription.id, error: toWireError(error) });
    } finally {
      subscription.running = false;
    }
  }

  function subscribe(port: PortLike, message: Extract<ClientMessage, { kind: 'subscribe' }>): void {
    const tables = deps.tablesRead(message.op);
    if (!tables) {
      const reason = tables === null ? `${message.op} is a write and cannot be subscribed` : `unknown operation ${message.op}`;
      post(port, { kind: 'subscription-error', id: message.id, error: { code: 'unknown-request', message: reason } });
      return;
    }
    unsubscribe(port, message.id);
    const subscription: Subscription = {
      id: message.id,
      op: message.op,
      input: message.input,
      tables: new Set(tables),
      port,
      lastSent: undefined,
      running: false,
      stale: false,
      closed: false,
    };
    subscriptions.add(subscription);
    void refresh(subscription);
  }

  function unsubscribe(port: PortLike, id: string): void {
    for (const subscription of subscriptions) {
      if (subscription.port === port && subscription.id === id) {
        subscription.closed = true;
        subscriptions.delete(subscription);
      }
    }
  }

  function dropPort(port: PortLike): void {
    ports.delete(port);
    for (const subscription of subscriptions) {
      if (subscription.port === port) {
        subscription.closed = true;
        subscriptions.delete(subscription);
      }
    }
  }

  return {
    accept(port, policy) {
      ports.add(port);
      port.onMessage.addListener((message) => {
        if (!isClientMessage(message)) {
          deps.log?.('ignored a malformed message', message);
          return;
        }
        // Checked before anything runs, and before the reply memory: a refused request is never remembered
        // as answered, so the same id cannot be replayed through a more privileged port.
        const refused = message.kind === 'unsubscribe' ? null : refusal(message.id, message.op, message.input, policy);
        if (refused) {
          post(port, message.kind === 'request' ? { kind: 'reply', id: message.id, ok: false, error: refused } : { kind: 'subscription-error', id: message.id, error: refused });
        } else if (message.kind === 'request') void answer(message.id, message.op, message.input, policy).then((reply) => post(port, reply));
        else if (message.kind === 'subscribe') subscribe(port, message);
        else unsubscribe(port, message.id);
      });
      port.onDisconnect.addListener(() => dropPort(port));
    },
    subscriptionCount: () => subscriptions.size,
    close() {
      stopWatching();
      for (const port of [...ports]) {
        dropPort(port);
        port.disconnect();
      }
    },
  };
}
