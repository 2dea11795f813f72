/**
 * Test-build-only commands that exercise the content script's data client through the test bridge
 * (../test-bridge.ts). Never part of the store build: the content script registers them only in test mode.
 *
 * - `db.request` {op, input, timeoutMs?} → the operation's result (errors as `code: message`), over the
 *   test-only port that may run every operation
 * - `db.featureRequest` {op, input} → `{ ok, result }` or `{ ok: false, code }` over the features' port
 * - `db.subscribe` {name, op, input} → starts recording every value pushed for that subscription
 * - `db.changes` {name} → the values recorded so far, oldest first
 * - `db.unsubscribe` {name}
 * - `db.status` → the client's connection status
 * - `db.statusLog` → every status change since the content script started, oldest first (a stopped
 *   service worker shows as "reconnecting" or "idle" followed by "connected")
 */
import { browser } from 'wxt/browser';
import { createDataClient, type DataClient } from '../../../utils/messaging/client.ts';
import type { OperationName, PortLike, ReadOperationName } from '../../../utils/messaging/protocol.ts';
import { TEST_DATA_PORT_NAME } from '../../../utils/messaging/test-port.ts';
import { getDataClient as getFeatureDataClient } from '../../../utils/messaging/content-client.ts';
import { registerTestCommand } from '../test-bridge.ts';

interface Recording {
  values: unknown[];
  errors: string[];
  stop: () => void;
}

const recordings = new Map<string, Recording>();

/**
 * The tests seed and read data with every operation (e.g. createLabel), which the features' own data
 * port refuses (sender-policy.ts): so the bridge has a client of its own on the test-only port, with
 * the same retry and reconnect logic as the features' client.
 */
let testClient: DataClient | undefined;
function getDataClient(): DataClient {
  testClient ??= createDataClient({ connect: (): PortLike => browser.runtime.connect({ name: TEST_DATA_PORT_NAME }) });
  return testClient;
}

function asRecord(args: unknown): Record<string, unknown> {
  return args && typeof args === 'object' ? (args as Record<string, unknown>) : {};
}

export function registerDataTestCommands(): void {
  registerTestCommand('ping', () => 'pong');

  const statusLog: string[] = [];
  getDataClient().onStatusChange((status) => statusLog.push(status));
  registerTestCommand('db.statusLog', () => statusLog);

  registerTestCommand('db.request', async (args) => {
    const { op, input, timeoutMs } = asRecord(args);
    try {
      // The bridge is a test seam: the operation name and input come from the test as plain JSON.
      const request = getDataClient().request as (op: OperationName, input: unknown, options?: { timeoutMs?: number }) => Promise<unknown>;
      return await request(op as OperationName, input, typeof timeoutMs === 'number' ? { timeoutMs } : undefined);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error';
      throw new Error(`${code}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  // The same request through the features' own data port, as the background classifies it (a content
  // script: sender-policy.ts) — to prove in the real browser what that port is refused.
  registerTestCommand('db.featureRequest', async (args) => {
    const { op, input } = asRecord(args);
    try {
      const request = getFeatureDataClient().request as (op: OperationName, input: unknown) => Promise<unknown>;
      return { ok: true, result: await request(op as OperationName, input) };
    } catch (error) {
      return { ok: false, code: (error as { code?: string }).code ?? 'error' };
    }
  });

  registerTestCommand('db.subscribe', (args) => {
    const { name, op, input } = asRecord(args);
    const key = String(name ?? op);
    recordings.get(key)?.stop();
    const recording: Recording = { values: [], errors: [], stop: () => {} };
    const subscribe = getDataClient().subscribe as (
      op: ReadOperationName,
      input: unknown,
      onValue: (value: unknown) => void,
      onError: (error: Error) => void,
    ) => () => void;
    recording.stop = subscribe(
      op as ReadOperationName,
      input,
      (value) => recording.values.push(value),
      (error) => recording.errors.push(error.message),
    );
    recordings.set(key, recording);
    return true;
  });

  registerTestCommand('db.changes', (args) => {
    const recording = recordings.get(String(asRecord(args).name));
    return recording ? { values: recording.values, errors: recording.errors } : null;
  });

  registerTestCommand('db.unsubscribe', (args) => {
    const key = String(asRecord(args).name);
    recordings.get(key)?.stop();
    return recordings.delete(key);
  });

  registerTestCommand('db.status', () => getDataClient().status());
}
