import type { PortLike } from '../../../utils/messaging/protocol.ts';

type Listener<T extends unknown[]> = (...args: T) => void;

export interface FakePort extends PortLike {
  readonly sent: unknown[];
  readonly connected: boolean;
}

/**
 * Two connected ports that behave like runtime.Port: messages arrive asynchronously as copies (JSON,
 * as the browser serialises them), `disconnect()` fires onDisconnect on the OTHER end only, and posting
 * on a disconnected port throws, as Chrome does.
 */
interface FakeEnd extends FakePort {
  connected: boolean;
  other: FakeEnd;
  drop(): void;
  listeners: { message: Array<Listener<[unknown]>> };
}

export function createPortPair(name = 'zettel-data'): { client: FakePort; server: FakePort; sever(): void } {
  const ends = [makeEnd(), makeEnd()] as const;
  function makeEnd(): FakeEnd {
    const messageListeners: Array<Listener<[unknown]>> = [];
    const disconnectListeners: Array<Listener<[]>> = [];
    const end: FakeEnd = {
      name,
      sent: [] as unknown[],
      connected: true,
      other: undefined as unknown as FakeEnd,
      postMessage(message: unknown) {
        if (!end.connected) throw new Error('Attempting to use a disconnected port object');
        end.sent.push(message);
        const copy = JSON.parse(JSON.stringify(message)) as unknown;
        const target = end.other;
        setTimeout(() => {
          if (target.connected) for (const listener of [...target.listeners.message]) listener(copy);
        }, 0);
      },
      disconnect() {
        if (!end.connected) return;
        end.connected = false;
        end.other.drop();
      },
      drop() {
        if (!end.connected) return;
        end.connected = false;
        setTimeout(() => {
          for (const listener of [...disconnectListeners]) listener();
        }, 0);
      },
      listeners: { message: messageListeners },
      onMessage: { addListener: (listener: Listener<[unknown]>) => void messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: Listener<[]>) => void disconnectListeners.push(listener) },
    };
    return end;
  }
  ends[0].other = ends[1];
  ends[1].other = ends[0];
  return {
    client: ends[0],
    server: ends[1],
    /** The service worker died: both ends report the disconnect. */
    sever() {
      ends[0].drop();
      ends[1].drop();
    },
  };
}
