/**
 * The content script's half of the protocol (protocol.ts).
 *
 * - `request` resolves with the operation's result — for writes only after the background committed —
 *   or rejects with a DataRequestError carrying the error code.
 * - `subscribe` delivers the current value of a read, then every changed value.
 * - When the port drops (Chrome stops an idle service worker at any time), the client reconnects by
 *   itself, re-subscribes, and re-sends every request not yet answered under the same id; a request made
 *   while disconnected waits for the connection instead of failing. Only a broken extension context
 *   (extension reloaded or removed: `connect` throws) or the request's timeout end a request.
 */
import {
  DataRequestError,
  isServerMessage,
  type ClientMessage,
  type OperationInput,
  type OperationName,
  type OperationResult,
  type PortLike,
  type ReadOperationName,
  type ServerMessage,
  type WireError,
} from './protocol.ts';

export type ConnectionStatus = 'idle' | 'connected' | 'reconnecting' | 'closed';

export interface DataClientOptions {
  /** Opens a new port to the background; throws when the extension context is gone. */
  connect(): PortLike;
  /** How long a request may wait in total, retries included. */
  requestTimeoutMs?: number;
  /** Delay before each reconnect attempt in a row; the last one repeats. Reset by any message received. */
  reconnectDelaysMs?: readonly number[];
  /** Told of every request the background refused, besides the caller (a full disk must be seen, not swallowed). */
  onRequestError?: (error: DataRequestError) => void;
}

export interface RequestOptions {
  timeoutMs?: number;
}

export interface DataClient {
  request<N extends OperationName>(op: N, ...args: RequestArgs<N>): Promise<OperationResult<N>>;
  subscribe<N extends ReadOperationName>(
    op: N,
    input: OperationInput<N>,
    onValue: (value: OperationResult<N>) => void,
    onError?: (error: DataRequestError) => void,
  ): () => void;
  status(): ConnectionStatus;
  onStatusChange(listener: (status: ConnectionStatus) => void): () => void;
  close(): void;
}

/** Operations without input may be called with no arguments. */
type RequestArgs<N extends OperationName> = undefined extends OperationInput<N>
  ? [input?: OperationInput<N>, options?: RequestOptions]
  : [input: OperationInput<N>, options?: RequestOptions];

interface PendingRequest {
  message: Extract<ClientMessage, { kind: 'request' }>;
  resolve(result: unknown): void;
  reject(error: DataRequestError): void;
  timer: ReturnType<typeof setTimeout>;
}

interface ActiveSubscription {
  message: Extract<ClientMessage, { kind: 'subscribe' }>;
  onValue(value: unknown): void;
  onError?: (error: DataRequestError) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RECONNECT_DELAYS_MS = [0, 50, 200, 500, 1000, 2000] as const;

export function createDataClient(options: DataClientOptions): DataClient {
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const delays = options.reconnectDelaysMs ?? DEFAULT_RECONNECT_DELAYS_MS;
  // Unique per client so ids stay unique across content scripts sharing one background.
  const clientId = Math.random().toString(36).slice(2, 10);
  let counter = 0;
  let port: PortLike | null = null;
  let status: ConnectionStatus = 'idle';
  let failedAttempts = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<string, PendingRequest>();
  const subscriptions = new Map<string, ActiveSubscription>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  }

  function hasWork(): boolean {
    return pending.size > 0 || subscriptions.size > 0;
  }

  function send(message: ClientMessage): void {
    if (!port) return; // sent again on reconnect
    try {
      port.postMessage(message);
    } catch {
      onDisconnect(port);
    }
  }

  function onMessage(message: unknown): void {
    if (!isServerMessage(message)) return;
    failedAttempts = 0;
    handle(message);
  }

  function handle(message: ServerMessage): void {
    if (message.kind === 'reply') {
      const request = pending.get(message.id);
      if (!request) return;
      pending.delete(message.id);
      clearTimeout(request.timer);
      if (message.ok) request.resolve(message.result);
      else {
        const error = new DataRequestError(message.error.code, message.error.message);
        options.onRequestError?.(error);
        request.reject(error);
      }
      return;
    }
    const subscription = subscriptions.get(message.id);
    if (!subscription) return;
    if (message.kind === 'value') subscription.onValue(message.value);
    else subscription.onError?.(new DataRequestError(message.error.code, message.error.message));
  }

  function onDisconnect(which: PortLike): void {
    if (port !== which) return;
    port = null;
    if (status === 'closed') return;
    if (hasWork()) scheduleReconnect();
    else setStatus('idle');
  }

  function scheduleReconnect(): void {
    if (reconnectTimer !== undefined || status === 'closed') return;
    setStatus('reconnecting');
    const delay = delays[Math.min(failedAttempts, delays.length - 1)] ?? 0;
    failedAttempts += 1;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      if (!port && hasWork()) connect();
    }, delay);
  }

  function connect(): void {
    let next: PortLike;
    try {
      next = options.connect();
    } catch (error) {
      fail({ code: 'unavailable', message: `cannot reach the Zettel background: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    port = next;
    next.onMessage.addListener(onMessage);
    next.onDisconnect.addListener(() => onDisconnect(next));
    setStatus('connected');
    for (const subscription of subscriptions.values()) send(subscription.message);
    for (const request of pending.values()) send(request.message);
  }

  function ensureConnected(): void {
    if (!port && reconnectTimer === undefined && status !== 'closed') connect();
  }

  /** The extension context is gone for good (reloaded or removed): nothing will ever answer. */
  function fail(error: WireError): void {
    for (const request of pending.values()) {
      clearTimeout(request.timer);
      request.reject(new DataRequestError(error.code, error.message));
    }
    pending.clear();
    for (const subscription of subscriptions.values()) subscription.onError?.(new DataRequestError(error.code, error.message));
    subscriptions.clear();
    setStatus('closed');
  }

  const client: DataClient = {
    request(op, ...args) {
      const [input, requestOptions] = args;
      if (status === 'closed') return Promise.reject(new DataRequestError('closed', 'the data client is closed'));
      const id = `${clientId}:${++counter}`;
      return new Promise((resolve, reject) => {
        const limit = requestOptions?.timeoutMs ?? timeoutMs;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new DataRequestError('timeout', `no answer to ${op} within ${limit} ms`));
        }, limit);
        const request: PendingRequest = {
          message: { kind: 'request', id, op, input },
          resolve: resolve as (result: unknown) => void,
          reject,
          timer,
        };
        pending.set(id, request);
        ensureConnected();
        send(request.message);
      });
    },

    subscribe(op, input, onValue, onError) {
      if (status === 'closed') {
        onError?.(new DataRequestError('closed', 'the data client is closed'));
        return () => {};
      }
      const id = `${clientId}:s${++counter}`;
      const message = { kind: 'subscribe', id, op, input } as const;
      subscriptions.set(id, { message, onValue: onValue as (value: unknown) => void, onError });
      ensureConnected();
      send(message);
      return () => {
        if (!subscriptions.delete(id)) return;
        send({ kind: 'unsubscribe', id });
      };
    },

    status: () => status,

    onStatusChange(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },

    close() {
      clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      const open = port;
      port = null;
      fail({ code: 'closed', message: 'the data client was closed' });
      open?.disconnect();
    },
  };
  return client;
}
