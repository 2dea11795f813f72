/**
 * The page's copy of the pins table (small: one row per pinned chat), kept live by the data client's
 * subscription (DESIGN §1), so the bar re-renders after every committed write — its own, another
 * tab's, or the options page's. Shared by every user on the page (the pins feature, the overview):
 * subscribed while at least one of them runs.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { PinRecord } from '../../../../utils/messaging/protocol.ts';
import { sharedWhileUsed } from '../../ui/shared-store.ts';

type Listener = (pins: readonly PinRecord[]) => void;

export class PinsStore {
  private pins: readonly PinRecord[] = [];
  private keys = new Set<ChatKey>();
  private received = false;
  private stopSubscription: (() => void) | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly client: DataClient) {}

  /** Pinned chats in the user's order. */
  current(): readonly PinRecord[] {
    return this.pins;
  }

  has(key: ChatKey): boolean {
    return this.keys.has(key);
  }

  get ready(): boolean {
    return this.received;
  }

  onChange(listener: Listener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  start(onError: (error: Error) => void): void {
    if (this.stopSubscription) return;
    this.stopSubscription = this.client.subscribe(
      'listPins',
      undefined,
      (pins) => {
        this.pins = [...pins].sort((a, b) => a.order - b.order);
        this.keys = new Set(this.pins.map((pin) => pin.chatKey));
        this.received = true;
        for (const listener of this.listeners) listener(this.pins);
      },
      onError,
    );
  }

  stop(): void {
    this.stopSubscription?.();
    this.stopSubscription = null;
    this.pins = [];
    this.keys = new Set();
    this.received = false;
  }
}

/** The shared store for a running feature; unsubscribed when the last user's signal aborts. */
export const usePins = sharedWhileUsed(() => new PinsStore(getDataClient()));
