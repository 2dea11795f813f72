/**
 * The stage's state: chats, histories, unread counts, drafts, what is open. Views read from it and
 * listen for changes; the test API reads "the truth" from it rather than from the DOM.
 */
import { freshId, generateChats, messageAt, OWN, type Chat, type Message, type Person, type TickState } from './data.ts';
import type { ResolvedStageOptions } from './options.ts';

export type ChangeKind = 'list' | 'messages' | 'open' | 'ticks' | 'typing';
export interface Change {
  kind: ChangeKind;
  chatKey?: string;
  message?: Message;
}

export type ListFilter = 'all' | 'unread' | 'group';

export class Store {
  readonly chats: Chat[];
  readonly bigChatKey: string;
  readonly now: number;
  private readonly byKey = new Map<string, Chat>();
  private readonly histories = new Map<string, Message[]>();
  private readonly listeners = new Set<(change: Change) => void>();
  private orderCache: Chat[] | null = null;
  openKey: string | null = null;
  search = '';
  filter: ListFilter = 'all';
  readonly drafts = new Map<string, string[]>();
  readonly sent: Array<{ key: string; text: string }> = [];

  constructor(readonly options: ResolvedStageOptions) {
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const data = generateChats(options.chats, options.seed, options.bigChatMessages, now);
    this.chats = data.chats;
    this.bigChatKey = data.bigChatKey;
    this.now = now;
    for (const chat of this.chats) this.byKey.set(chat.key, chat);
    // Renames made before a reload (kept in the URL by the test API).
    for (const [key, title] of Object.entries(options.renames)) {
      const chat = this.byKey.get(key);
      if (chat) chat.title = title;
    }
  }

  on(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: Change): void {
    if (change.kind === 'list' || change.kind === 'messages') this.orderCache = null;
    for (const listener of [...this.listeners]) listener(change);
  }

  chat(key: string): Chat | undefined {
    return this.byKey.get(key);
  }

  /** All chats in list order: WhatsApp's three native pins first, then by last activity. */
  ordered(): Chat[] {
    this.orderCache ??= [...this.chats].sort((a, b) => {
      if (a.pin !== null || b.pin !== null) return (a.pin ?? 99) - (b.pin ?? 99);
      return b.lastActivity - a.lastActivity || a.seq - b.seq;
    });
    return this.orderCache;
  }

  /** What the list shows under the current search text and filter pill. */
  visible(): Chat[] {
    const needle = this.search.trim().toLocaleLowerCase('de');
    return this.ordered().filter((chat) => {
      if (needle && !chat.title.toLocaleLowerCase('de').includes(needle)) return false;
      if (this.filter === 'unread' && chat.unread === 0) return false;
      if (this.filter === 'group' && chat.kind !== 'group') return false;
      return true;
    });
  }

  history(key: string): Message[] {
    let history = this.histories.get(key);
    if (!history) {
      const chat = this.byKey.get(key);
      if (!chat) return [];
      history = [];
      for (let i = 0; i < chat.historyLength; i++) history.push(messageAt(chat, this.options.seed, i));
      this.histories.set(key, history);
    }
    return history;
  }

  /** The newest message without generating the whole history (5,000 previews at startup). */
  lastMessage(chat: Chat): Message | null {
    const history = this.histories.get(chat.key);
    if (history) return history[history.length - 1] ?? null;
    return chat.historyLength > 0 ? messageAt(chat, this.options.seed, chat.historyLength - 1) : null;
  }

  findMessage(key: string, id: string): Message | undefined {
    return this.history(key).find((m) => m.id === id);
  }

  unreadChats(): number {
    return this.chats.filter((c) => c.unread > 0).length;
  }

  setSearch(text: string): void {
    if (text === this.search) return;
    this.search = text;
    this.emit({ kind: 'list' });
  }

  setFilter(filter: ListFilter): void {
    this.filter = filter;
    this.emit({ kind: 'list' });
  }

  open(key: string | null): void {
    if (key !== null && !this.byKey.has(key)) throw new Error(`no chat ${key}`);
    if (key === this.openKey) return;
    this.openKey = key;
    this.emit({ kind: 'open', chatKey: key ?? undefined });
  }

  /** Opening clears unread; separate from open() so the view can show the unread divider first. */
  markRead(key: string): void {
    const chat = this.byKey.get(key);
    if (chat && chat.unread > 0) {
      chat.unread = 0;
      this.emit({ kind: 'list', chatKey: key });
    }
  }

  private append(chat: Chat, message: Message): void {
    this.history(chat.key).push(message);
    chat.lastActivity = message.time;
    this.emit({ kind: 'messages', chatKey: chat.key, message });
    this.emit({ kind: 'list', chatKey: chat.key });
  }

  receive(key: string, text: string, opts: { author?: string; quoted?: string } = {}): string {
    const chat = this.byKey.get(key);
    if (!chat) throw new Error(`no chat ${key}`);
    let author: Person | null = null;
    if (chat.kind === 'group') {
      author = chat.participants.find((p) => p.name === opts.author || p.jid === opts.author) ?? chat.participants[0] ?? null;
      if (opts.author && author?.name !== opts.author && author?.jid !== opts.author) author = { name: opts.author, jid: `${Date.now() % 1e13}@lid` };
    }
    const message: Message = {
      id: freshId(false),
      chatKey: key,
      fromMe: false,
      author,
      kind: 'text',
      text,
      time: Math.max(Date.now(), chat.lastActivity + 1),
      status: 'ack',
      quotedId: opts.quoted ?? null,
      fileName: null,
      seconds: null,
    };
    if (this.openKey !== key || document.visibilityState === 'hidden') chat.unread += 1;
    this.append(chat, message);
    return message.id;
  }

  /** A message the user sent through the UI: pending clock first, ticks upgrade shortly after. */
  sendFromUi(key: string, text: string): Message {
    const chat = this.byKey.get(key);
    if (!chat) throw new Error(`no chat ${key}`);
    const message: Message = {
      id: freshId(true),
      chatKey: key,
      fromMe: true,
      author: null,
      kind: 'text',
      text,
      time: Math.max(Date.now(), chat.lastActivity + 1),
      status: 'time',
      quotedId: null,
      fileName: null,
      seconds: null,
    };
    this.sent.push({ key, text });
    this.append(chat, message);
    const steps: Array<[number, TickState]> = [[250, 'check'], [600, 'dblcheck'], [1400, 'ack']];
    for (const [delay, status] of steps) {
      setTimeout(() => {
        message.status = status;
        this.emit({ kind: 'ticks', chatKey: key, message });
      }, delay);
    }
    return message;
  }

  rename(key: string, title: string): void {
    const chat = this.byKey.get(key);
    if (!chat) throw new Error(`no chat ${key}`);
    chat.title = title;
    this.emit({ kind: 'list', chatKey: key });
    if (this.openKey === key) this.emit({ kind: 'open', chatKey: key });
  }

  delete(key: string): void {
    const index = this.chats.findIndex((c) => c.key === key);
    if (index < 0) throw new Error(`no chat ${key}`);
    this.chats.splice(index, 1);
    this.byKey.delete(key);
    this.histories.delete(key);
    this.drafts.delete(key);
    if (this.openKey === key) this.open(null);
    this.emit({ kind: 'list', chatKey: key });
  }

  /** Noise: a chat starts or stops "typing"; its row preview and open header change in place. */
  setTyping(key: string, typing: boolean): void {
    const chat = this.byKey.get(key);
    if (!chat || chat.typing === typing) return;
    chat.typing = typing;
    this.emit({ kind: 'typing', chatKey: key });
  }

  ownName(): string {
    return OWN.name;
  }
}
