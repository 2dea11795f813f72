/**
 * The page's copy of what flags, labels and reminders show, kept live by the data client's
 * subscriptions (DESIGN §1). It holds whole tables — flags, label definitions, label assignments, known
 * chat titles, settings — because they are small, and because a row scrolled into view must get its
 * marks in the same frame, from memory, without a round trip to the background.
 *
 * One instance is shared by every feature that shows chat marks; it subscribes while at least one of
 * them runs and unsubscribes when the last one stops.
 */
import { chatKeyFromTitle, type ChatKey } from '../../../../utils/chat-key.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { ChatLabelRecord, ChatRecord, FlagRecord, LabelRecord, Settings } from '../../../../utils/messaging/protocol.ts';
import { sharedWhileUsed } from '../../ui/shared-store.ts';

export interface ChatMarksData {
  /** Flags by chat key. */
  flags: ReadonlyMap<ChatKey, FlagRecord>;
  /** Labels in the user's order. */
  labels: readonly LabelRecord[];
  labelsById: ReadonlyMap<string, LabelRecord>;
  /** Label ids per chat key. */
  chatLabels: ReadonlyMap<ChatKey, readonly string[]>;
  /** `jid:` keys by the `title:` key of their last known title (after a reload rows show only titles). */
  jidByTitleKey: ReadonlyMap<ChatKey, ChatKey>;
  settings: Settings | null;
  /** True once every subscription delivered its first value. */
  ready: boolean;
}

type Listener = (data: ChatMarksData) => void;

const EMPTY: ChatMarksData = {
  flags: new Map(),
  labels: [],
  labelsById: new Map(),
  chatLabels: new Map(),
  jidByTitleKey: new Map(),
  settings: null,
  ready: false,
};

/** Rows ask for the same titles on every scroll step; normalising (NFC, spaces) each time showed in the bench. */
const titleKeys = new Map<string, ChatKey | null>();
const TITLE_KEYS_LIMIT = 5_000;

function titleKeyOf(title: string | null): ChatKey | null {
  if (!title || !title.trim()) return null;
  let key = titleKeys.get(title);
  if (key === undefined) {
    try {
      key = chatKeyFromTitle(title);
    } catch {
      key = null;
    }
    if (titleKeys.size >= TITLE_KEYS_LIMIT) titleKeys.clear();
    titleKeys.set(title, key);
  }
  return key;
}

export class ChatMarksStore {
  private data: ChatMarksData = EMPTY;
  private readonly listeners = new Set<Listener>();
  private readonly received = new Set<string>();
  private stops: Array<() => void> = [];

  constructor(private readonly client: DataClient) {}

  current(): ChatMarksData {
    return this.data;
  }

  get dataClient(): DataClient {
    return this.client;
  }

  /** Calls `listener` after every change (not now); stops with the signal. */
  onChange(listener: Listener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  start(onError: (error: Error) => void): void {
    if (this.stops.length > 0) return;
    const c = this.client;
    this.stops = [
      c.subscribe('listFlags', undefined, (flags) => this.update('flags', { flags: new Map(flags.map((flag) => [flag.chatKey, flag])) }), onError),
      c.subscribe('listLabels', undefined, (labels) => this.update('labels', { labels, labelsById: new Map(labels.map((label) => [label.id, label])) }), onError),
      c.subscribe('listChatLabels', undefined, (rows) => this.update('chatLabels', { chatLabels: groupLabels(rows) }), onError),
      c.subscribe('listChats', undefined, (chats) => this.update('chats', { jidByTitleKey: jidsByTitle(chats) }), onError),
      c.subscribe('getSettings', undefined, (settings) => this.update('settings', { settings }), onError),
    ];
  }

  stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.received.clear();
    this.data = EMPTY;
  }

  private update(part: string, patch: Partial<ChatMarksData>): void {
    this.received.add(part);
    this.data = { ...this.data, ...patch, ready: this.received.size >= 5 };
    for (const listener of this.listeners) listener(this.data);
  }
}

function groupLabels(rows: readonly ChatLabelRecord[]): Map<ChatKey, string[]> {
  const byChat = new Map<ChatKey, string[]>();
  for (const row of rows) {
    const list = byChat.get(row.chatKey);
    if (list) list.push(row.labelId);
    else byChat.set(row.chatKey, [row.labelId]);
  }
  return byChat;
}

function jidsByTitle(chats: readonly ChatRecord[]): Map<ChatKey, ChatKey> {
  const map = new Map<ChatKey, ChatKey>();
  // Oldest first, so the most recent chat wins when two chats once had the same title.
  for (const chat of [...chats].sort((a, b) => a.updatedAt - b.updatedAt)) {
    if (!chat.key.startsWith('jid:')) continue;
    const titleKey = titleKeyOf(chat.title);
    if (titleKey) map.set(titleKey, chat.key);
  }
  return map;
}

/**
 * The shared store for a running feature: subscribed from the first user on, unsubscribed when the
 * last user's signal aborts.
 */
export const useChatMarks = sharedWhileUsed(() => new ChatMarksStore(getDataClient()));

/**
 * The keys a chat's records may be stored under: the key the adapter gives the row or header, the
 * JID once known for its title (a reload forgets what the adapter learned; the database remembers),
 * and its title key (a record made from an unopened row, not merged yet).
 */
export function chatKeyCandidates(key: ChatKey, title: string, data: ChatMarksData): ChatKey[] {
  const keys: ChatKey[] = [key];
  const titleKey = titleKeyOf(title);
  if (titleKey && titleKey !== key) keys.push(titleKey);
  const jid = titleKey ? data.jidByTitleKey.get(titleKey) : undefined;
  if (jid && !keys.includes(jid)) keys.push(jid);
  return keys;
}

/** The flag shown for a chat: any of its keys; a due flag wins over an open one. */
export function flagOf(keys: readonly ChatKey[], data: ChatMarksData): FlagRecord | null {
  let found: FlagRecord | null = null;
  for (const key of keys) {
    const flag = data.flags.get(key);
    if (!flag) continue;
    if (!found || (flag.state === 'due' && found.state !== 'due') || (flag.state === found.state && flag.waitingSince < found.waitingSince)) found = flag;
  }
  return found;
}

/** The labels shown for a chat, in the user's label order. */
export function labelsOf(keys: readonly ChatKey[], data: ChatMarksData): LabelRecord[] {
  const ids = new Set<string>();
  for (const key of keys) for (const id of data.chatLabels.get(key) ?? []) ids.add(id);
  return data.labels.filter((label) => ids.has(label.id));
}
