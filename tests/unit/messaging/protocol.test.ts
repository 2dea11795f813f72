/**
 * The messaging protocol end to end, with the real server bound to a fake-indexeddb database and a
 * fake Port pair standing in for runtime.connect: request/reply/error, subscriptions with change
 * notices (own writes and writes from an extension page), reconnect + re-subscribe after the service
 * worker stops, retry of writes issued while disconnected, and ack only after commit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabaseServer } from '../../../entrypoints/background/data-service.ts';
import { flagChat } from '../../../utils/db/repositories/flags.ts';
import { ZettelDatabase } from '../../../utils/db/schema.ts';
import { createDataClient, type DataClient } from '../../../utils/messaging/client.ts';
import { DataRequestError, type ChatState, type PortLike } from '../../../utils/messaging/protocol.ts';
import { allowEverything } from '../../../utils/messaging/sender-policy.ts';
import { createDataServer, type DataServer } from '../../../utils/messaging/server.ts';
import { dropDatabase, freshDatabase } from '../db/helpers.ts';
import { createPortPair } from './fake-port.ts';

/** A background that can be stopped like Chrome stops an idle service worker, and starts again on connect. */
class FakeBackground {
  server: DataServer | null = null;
  starts = 0;
  connects = 0;
  constructor(readonly db: ZettelDatabase) {}
  connect = (): PortLike => {
    this.connects++;
    if (!this.server) {
      this.server = createDatabaseServer(this.db);
      this.starts++;
    }
    const pair = createPortPair();
    this.server.accept(pair.server, allowEverything);
    return pair.client;
  };
  stop(): void {
    this.server?.close();
    this.server = null;
  }
}

const schneider = 'jid:491701234567@c.us' as const;
const baustelle = 'title:Baustelle Lindenstraße 12' as const;

let db: ZettelDatabase;
let background: FakeBackground;
let client: DataClient;

beforeEach(() => {
  db = freshDatabase();
  background = new FakeBackground(db);
  client = createDataClient({ connect: background.connect, reconnectDelaysMs: [0, 10, 20] });
});
afterEach(async () => {
  client.close();
  background.stop();
  await dropDatabase(db);
});

function recorder<T>() {
  const values: T[] = [];
  return { values, push: (value: T) => void values.push(value), last: () => values.at(-1) };
}

describe('requests', () => {
  it('a write replies with its result and the row is stored', async () => {
    const flag = await client.request('flagChat', { chatKey: schneider });
    expect(flag).toMatchObject({ chatKey: schneider, state: 'open' });
    expect(await db.flags.get(schneider)).toEqual(flag);
  });

  it('a read replies with the current data', async () => {
    await flagChat(db, { chatKey: schneider });
    const [state] = await client.request('chatStates', { chatKeys: [schneider] });
    expect(state?.flag?.chatKey).toBe(schneider);
    expect(await client.request('listFlags')).toHaveLength(1);
  });

  it('invalid input is refused with the invalid-input code and nothing is written', async () => {
    const error = await client.request('flagChat', { chatKey: 'x' as typeof schneider }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataRequestError);
    expect((error as DataRequestError).code).toBe('invalid-input');
    expect(await db.flags.count()).toBe(0);
  });

  it('an unknown operation is refused with unknown-request', async () => {
    const request = client.request as (op: string, input: unknown) => Promise<unknown>;
    await expect(request('dropDatabase', {})).rejects.toMatchObject({ code: 'unknown-request' });
  });

  it('repository errors keep their code (not-found, conflict)', async () => {
    await expect(client.request('resolveMarker', { chatKey: schneider, messageId: 'M1' })).rejects.toMatchObject({ code: 'not-found' });
    await client.request('createLabel', { name: 'Angebot', color: '#1e88e5' });
    await expect(client.request('createLabel', { name: 'Angebot', color: '#1e88e5' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('acknowledges a write only after commit: another connection already sees it', async () => {
    const observer = new ZettelDatabase(db.name);
    for (let index = 0; index < 20; index++) {
      await client.request('saveNote', { chatKey: schneider, text: `Stand ${index}` });
      expect((await observer.notes.get(schneider))?.text).toBe(`Stand ${index}`);
    }
    observer.close();
  });

  it('a write whose transaction fails answers with an error and stores nothing', async () => {
    const sabotage = () => {
      throw new Error('disk full');
    };
    db.pins.hook('creating', sabotage);
    await expect(client.request('pinChat', { chatKey: schneider })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('disk full') });
    db.pins.hook('creating').unsubscribe(sabotage);
    expect(await db.pins.count()).toBe(0);
  });
});

describe('subscriptions', () => {
  it('delivers the current value, then a new value after every committed write', async () => {
    const states = recorder<ChatState[]>();
    client.subscribe('chatStates', { chatKeys: [schneider] }, states.push);
    await vi.waitFor(() => expect(states.values).toHaveLength(1));
    expect(states.last()![0]!.flag).toBeNull();

    await client.request('flagChat', { chatKey: schneider });
    await vi.waitFor(() => expect(states.last()![0]!.flag?.state).toBe('open'));
    await client.request('saveNote', { chatKey: schneider, text: 'Hund' });
    await vi.waitFor(() => expect(states.last()![0]!.hasNote).toBe(true));
    expect(states.values).toHaveLength(3);
  });

  it('pushes writes made outside the messaging (the popup or options page writing directly)', async () => {
    const flags = recorder<unknown[]>();
    client.subscribe('listFlags', {}, flags.push);
    await vi.waitFor(() => expect(flags.values).toHaveLength(1));
    const page = new ZettelDatabase(db.name); // another connection, as an extension page holds
    await flagChat(page, { chatKey: baustelle });
    await vi.waitFor(() => expect(flags.last()).toHaveLength(1));
    page.close();
  });

  it('sends nothing for writes that do not change the subscribed value', async () => {
    const states = recorder<ChatState[]>();
    client.subscribe('chatStates', { chatKeys: [schneider] }, states.push);
    await vi.waitFor(() => expect(states.values).toHaveLength(1));
    await client.request('flagChat', { chatKey: baustelle });
    await client.request('listFlags');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(states.values).toHaveLength(1);
  });

  it('unsubscribe stops the pushes', async () => {
    const flags = recorder<unknown[]>();
    const stop = client.subscribe('listFlags', {}, flags.push);
    await vi.waitFor(() => expect(flags.values).toHaveLength(1));
    stop();
    await client.request('flagChat', { chatKey: schneider });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(flags.values).toHaveLength(1);
    expect(background.server!.subscriptionCount()).toBe(0);
  });

  it('a write operation cannot be subscribed', async () => {
    const errors = recorder<DataRequestError>();
    const subscribe = client.subscribe as (op: string, input: unknown, onValue: () => void, onError: (error: DataRequestError) => void) => () => void;
    subscribe('flagChat', { chatKey: schneider }, () => {}, errors.push);
    await vi.waitFor(() => expect(errors.values[0]?.code).toBe('unknown-request'));
  });
});

describe('service worker stops', () => {
  it('reconnects and re-subscribes by itself; live updates resume', async () => {
    const flags = recorder<Array<{ chatKey: string }>>();
    client.subscribe('listFlags', {}, flags.push);
    await vi.waitFor(() => expect(flags.values).toHaveLength(1));

    background.stop();
    await vi.waitFor(() => expect(background.starts).toBe(2));
    await vi.waitFor(() => expect(client.status()).toBe('connected'));
    await vi.waitFor(() => expect(flags.values).toHaveLength(2)); // the re-subscription's current value

    const page = new ZettelDatabase(db.name);
    await flagChat(page, { chatKey: baustelle });
    await vi.waitFor(() => expect(flags.last()?.map((flag) => flag.chatKey)).toEqual([baustelle]));
    page.close();
    await client.request('flagChat', { chatKey: schneider });
    await vi.waitFor(() => expect(flags.last()).toHaveLength(2));
  });

  it('a write issued while disconnected is retried, not dropped', async () => {
    await client.request('listFlags'); // connected once
    background.stop();
    const write = client.request('flagChat', { chatKey: schneider });
    expect(await write).toMatchObject({ chatKey: schneider });
    expect(await db.flags.get(schneider)).toBeDefined();
    expect(background.starts).toBe(2);
  });

  it('a write lost in flight when the worker stopped is sent again after reconnecting', async () => {
    await client.request('listFlags');
    const write = client.request('saveNote', { chatKey: schneider, text: 'nicht verlieren' });
    background.stop(); // before the message was delivered
    await expect(write).resolves.toMatchObject({ text: 'nicht verlieren' });
    expect((await db.notes.get(schneider))?.text).toBe('nicht verlieren');
  });

  it('keeps retrying with backoff while the background cannot be reached, then delivers', async () => {
    let refuse = 3;
    const flaky = createDataClient({
      connect: () => {
        if (refuse-- > 0) {
          const pair = createPortPair();
          pair.sever(); // the worker failed to start: the port drops at once
          return pair.client;
        }
        return background.connect();
      },
      reconnectDelaysMs: [0, 5, 10],
    });
    await expect(flaky.request('flagChat', { chatKey: schneider })).resolves.toMatchObject({ chatKey: schneider });
    flaky.close();
  });

  it('gives up with "unavailable" when the extension context is gone (connect throws)', async () => {
    const orphan = createDataClient({
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    await expect(orphan.request('listFlags')).rejects.toMatchObject({ code: 'unavailable' });
    expect(orphan.status()).toBe('closed');
  });

  it('times out a request nobody answers', async () => {
    const silent = createDataClient({ connect: () => createPortPair().client, requestTimeoutMs: 30 });
    await expect(silent.request('listFlags')).rejects.toMatchObject({ code: 'timeout' });
    silent.close();
  });

  it('reports its status', async () => {
    const seen: string[] = [];
    client.onStatusChange((status) => seen.push(status));
    client.subscribe('listFlags', {}, () => {});
    await vi.waitFor(() => expect(client.status()).toBe('connected'));
    background.stop();
    await vi.waitFor(() => expect(seen).toContain('reconnecting'));
    await vi.waitFor(() => expect(client.status()).toBe('connected'));
    client.close();
    expect(client.status()).toBe('closed');
    await expect(client.request('listFlags')).rejects.toMatchObject({ code: 'closed' });
  });
});

describe('server', () => {
  it('answers a retried request id from memory instead of running it twice', async () => {
    let runs = 0;
    const server = createDataServer({
      run: async () => ++runs,
      tablesRead: () => null,
      onTablesChanged: () => () => {},
    });
    const first = createPortPair();
    const second = createPortPair();
    server.accept(first.server, allowEverything);
    server.accept(second.server, allowEverything);
    const replies: unknown[] = [];
    first.client.onMessage.addListener((message) => replies.push(message));
    second.client.onMessage.addListener((message) => replies.push(message));
    first.client.postMessage({ kind: 'request', id: 'c:1', op: 'recordTemplateUse', input: {} });
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    second.client.postMessage({ kind: 'request', id: 'c:1', op: 'recordTemplateUse', input: {} });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(runs).toBe(1);
    expect(replies[1]).toEqual({ kind: 'reply', id: 'c:1', ok: true, result: 1 });
    server.close();
  });

  it('ignores malformed messages', async () => {
    const server = createDatabaseServer(db);
    const pair = createPortPair();
    server.accept(pair.server, allowEverything);
    const replies: unknown[] = [];
    pair.client.onMessage.addListener((message) => replies.push(message));
    for (const junk of [null, 'flagChat', 42, { kind: 'request' }, { kind: 'request', id: '', op: 'x' }, { kind: 'evil', id: 'a' }]) {
      pair.client.postMessage(junk);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([]);
    server.close();
  });
});
