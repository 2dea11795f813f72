/**
 * The page's live copy of markers (DESIGN §1): every OPEN marker (for the chat-list roll-up: open
 * markers are few) and every marker of the open chat (open and resolved, for the messages on screen).
 * Subscriptions, so a change made anywhere (another tab, the overview, the options page) shows at once.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { MarkerRecord } from '../../../../utils/messaging/protocol.ts';

export class MarkerData {
  private open = new Map<ChatKey, MarkerRecord[]>();
  private byKey = new Map<ChatKey, readonly MarkerRecord[]>();
  private chatKeys: readonly ChatKey[] = [];
  private chatStops: Array<() => void> = [];
  private readonly listeners = new Set<() => void>();
  private cache: Map<string, MarkerRecord> | null = null;
  private openStop: (() => void) | null = null;

  constructor(
    private readonly client: DataClient,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.openStop ??= this.client.subscribe('listMarkers', { status: 'open' }, (markers) => {
      this.open = groupByChat(markers);
      this.changed();
    }, this.onError);
  }

  stop(): void {
    this.openStop?.();
    this.openStop = null;
    this.setChat([]);
    this.listeners.clear();
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  /** The keys the open chat's markers may be stored under (see chatKeyCandidates); [] = no chat. */
  setChat(keys: readonly ChatKey[]): void {
    if (keys.length === this.chatKeys.length && keys.every((key, index) => key === this.chatKeys[index])) return;
    for (const stop of this.chatStops) stop();
    this.chatKeys = [...keys];
    this.byKey = new Map();
    this.chatStops = keys.map((chatKey) =>
      this.client.subscribe('listMarkers', { chatKey }, (markers) => {
        this.byKey.set(chatKey, markers);
        this.changed();
      }, this.onError),
    );
    this.changed();
  }

  /** The open chat's markers by message id (the first key's record wins over an older key's). */
  currentChat(): ReadonlyMap<string, MarkerRecord> {
    if (this.cache) return this.cache;
    const byId = new Map<string, MarkerRecord>();
    for (const key of this.chatKeys) for (const marker of this.byKey.get(key) ?? []) if (!byId.has(marker.messageId)) byId.set(marker.messageId, marker);
    this.cache = byId;
    return byId;
  }

  /** Open markers of a chat under any of its keys. */
  openMarkers(keys: readonly ChatKey[]): MarkerRecord[] {
    const seen = new Set<string>();
    const out: MarkerRecord[] = [];
    for (const key of keys) {
      for (const marker of this.open.get(key) ?? []) {
        if (seen.has(marker.messageId)) continue;
        seen.add(marker.messageId);
        out.push(marker);
      }
    }
    return out;
  }

  private changed(): void {
    this.cache = null;
    for (const listener of this.listeners) listener();
  }
}

export function groupByChat(markers: readonly MarkerRecord[]): Map<ChatKey, MarkerRecord[]> {
  const byChat = new Map<ChatKey, MarkerRecord[]>();
  for (const marker of markers) {
    const list = byChat.get(marker.chatKey);
    if (list) list.push(marker);
    else byChat.set(marker.chatKey, [marker]);
  }
  return byChat;
}
