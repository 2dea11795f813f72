/**
 * The WhatsApp adapter: the only way Zettel reads WhatsApp Web (DESIGN §3). It owns the one observer,
 * turns DOM changes into row / conversation / message / health events, and keeps chat identity.
 * Features subscribe with an AbortSignal; every callback is guarded so nothing throws into the page.
 */
import type { ChatKey } from '../chat-key.ts';
import { findComposeBox, findFooter, findSendButton, insertText, readComposerText, type InsertOptions, type InsertResult } from './composer.ts';
import { findComposeTarget, sendButtonOfTarget, targetStillCurrent, type ComposeTarget, type SendButtonCheck } from './compose-target.ts';
import { findConversation, findHeader, headerTitle } from './conversation.ts';
import { detectProfile, scanPage, type HealthReport, type PageScan } from './health.ts';
import { ChatIdentityResolver, keyForTitle, RETITLE_WINDOW_MS, TitleJidMap, type ChatAlias, type ConversationChange, type CurrentChat, type RowRetitle } from './identity.ts';
import { detectLocale } from './locale.ts';
import { MessageSnapshotCache, messageIds, readMessages, type MessageSnapshot } from './messages.ts';
import { BatchedObserver } from './observer.ts';
import type { WhatsAppPart } from './parts.ts';
import { readRow, rowItemOf, rowRestText, scanRows, type RowSnapshot } from './rows.ts';
import { detectTheme, type Theme } from './theme.ts';
import { ZETTEL_MARK_SELECTOR } from './selectors.ts';

export interface RowInfo {
  /** The positioned row element (legacy: the listitem). Recycled: valid for this report only. */
  element: HTMLElement;
  key: ChatKey;
  title: string;
  top: number;
  selected: boolean;
}

export interface ConversationEvent {
  chat: CurrentChat | null;
  previous: CurrentChat | null;
  change: ConversationChange;
}

export type ErrorSink = (where: string, error: unknown) => void;

export interface WhatsAppAdapter {
  /** Rows currently in the DOM with a title, sorted by their place in the list. */
  rows(): RowInfo[];
  currentChat(): CurrentChat | null;
  messages(): MessageSnapshot[];
  /** The key a row with this title gets (the JID once the chat was opened, else the title). */
  keyForTitle(title: string): ChatKey;
  /** Called with the rows whose content changed (all rows after a rebuild). */
  onRows(callback: (rows: RowInfo[]) => void, signal: AbortSignal): void;
  onConversation(callback: (event: ConversationEvent) => void, signal: AbortSignal): void;
  /** Called with every rendered message after the messages of the open chat changed. */
  onMessages(callback: (messages: MessageSnapshot[]) => void, signal: AbortSignal): void;
  /** A rename of the open chat: data stored under the old title should follow. */
  onAlias(callback: (alias: ChatAlias) => void, signal: AbortSignal): void;
  /** Called when the state of a part changes. */
  onHealth(callback: (report: HealthReport) => void, signal: AbortSignal): void;
  /** A fresh health check (disabledFeatures is filled in by the feature registry). */
  health(): HealthReport;
  /** The element of a part, when recognised now. */
  part(part: WhatsAppPart): Element | null;
  theme(): Theme;
  locale(): string;
  composer: {
    insertText(text: string, options?: InsertOptions): Promise<InsertResult>;
    readText(): string | null;
    /** The send button, never the voice button in the same slot; null while the draft is empty. */
    sendButton(): Element | null;
    /** The open chat's pane, compose box and footer now, pinned for a send (compose-target.ts). */
    target(): ComposeTarget | null;
    /** Inserts into that compose box only, stopping as soon as it is no longer the current one. */
    insertInto(target: ComposeTarget, text: string): Promise<InsertResult>;
    /** The send button of that same, still-current footer, or why there is none. */
    sendButtonOf(target: ComposeTarget): SendButtonCheck;
  };
  /** Aliases seen since start (most recent last). */
  aliases(): ChatAlias[];
  /** What the adapter's own work cost so far (for benchmarks and the test bridge). */
  stats(): AdapterStats;
}

export interface AdapterStats {
  batches: number;
  records: number;
  /** Main-thread time spent in the observer's classify and flush steps, in ms. */
  busyMs: number;
}

export interface AdapterOptions {
  signal: AbortSignal;
  document?: Document;
  onError?: ErrorSink;
  now?: () => number;
}

const HEALTH_THROTTLE_MS = 250;
const HEALTH_INTERVAL_MS = 1000;

interface Listener<T> {
  callback: (value: T) => void;
  signal: AbortSignal;
}

class Channel<T> {
  private readonly listeners = new Set<Listener<T>>();
  constructor(
    private readonly name: string,
    private readonly onError: ErrorSink,
  ) {}

  add(callback: (value: T) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const listener = { callback, signal };
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  get size(): number {
    return this.listeners.size;
  }

  emit(value: T): void {
    for (const listener of this.listeners) {
      if (listener.signal.aborted) continue;
      try {
        listener.callback(value);
      } catch (error) {
        this.onError(this.name, error);
      }
    }
  }
}

export function createWhatsAppAdapter(options: AdapterOptions): WhatsAppAdapter {
  const doc = options.document ?? document;
  const signal = options.signal;
  const now = options.now ?? (() => Date.now());
  const onError: ErrorSink =
    options.onError ??
    ((where, error) => {
      console.warn(`[zettel] ${where}:`, error);
    });
  const learned = new TitleJidMap();
  const resolver = new ChatIdentityResolver(learned);
  const aliasLog: ChatAlias[] = [];
  const stats: AdapterStats = { batches: 0, records: 0, busyMs: 0 };
  const timed =
    <A extends unknown[]>(step: (...args: A) => void) =>
    (...args: A): void => {
      const started = performance.now();
      try {
        step(...args);
      } finally {
        stats.busyMs += performance.now() - started;
      }
    };

  const rowsChannel = new Channel<RowInfo[]>('onRows', onError);
  const conversationChannel = new Channel<ConversationEvent>('onConversation', onError);
  const messagesChannel = new Channel<MessageSnapshot[]>('onMessages', onError);
  const aliasChannel = new Channel<ChatAlias>('onAlias', onError);
  const healthChannel = new Channel<HealthReport>('onHealth', onError);

  // What the last scan found; regions decide how a mutation is classified.
  let scan: PageScan = scanPage(doc);
  let listRegion: Element | null = null;
  let rowSelector = '';
  let lastSignature = new WeakMap<Element, string>();
  let lastHealthSignature = '';
  let lastHealthAt = 0;
  let healthTimer: ReturnType<typeof setTimeout> | null = null;

  // Messages read in earlier batches; every mutation inside a message makes it be read again.
  const messageSnapshots = new MessageSnapshotCache();
  // Dirty state collected between flushes.
  let structural = true;
  let allRows = true;
  let conversationDirty = true;
  let messagesDirty = true;
  const rowTargets = new Set<Node>();
  let partsDirty = false;

  function adoptScan(next: PageScan): void {
    scan = next;
    const region = next.chatList ?? next.rows?.items[0]?.parentElement ?? null;
    if (region !== listRegion || next.rows?.via !== rowSelector) allRows = true;
    listRegion = region;
    rowSelector = next.rows?.via ?? '';
  }

  function collect(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (listRegion?.contains(target)) {
        if (target === listRegion) {
          allRows = true;
          partsDirty = true;
        } else rowTargets.add(target);
      } else if (scan.pane?.contains(target)) {
        // Nodes added or removed in the pane may be a part itself (header, composer, send slot).
        if (record.type === 'childList') partsDirty = true;
        // Typing in the composer touches neither the chat's identity nor its messages.
        if (scan.footer?.contains(target) && scan.footer !== scan.pane) continue;
        conversationDirty = true;
        if (scan.messagesRegion ? scan.messagesRegion.contains(target) : !scan.header?.contains(target)) {
          messagesDirty = true;
          messageSnapshots.forget(target, scan.messagesRegion ?? scan.pane);
        }
      } else {
        structural = true;
      }
    }
  }

  function rowInfo(item: HTMLElement, snapshot: RowSnapshot = readRow(item)): RowInfo | null {
    if (!snapshot.title) return null;
    return { ...snapshot, key: keyForTitle(snapshot.title, learned) };
  }

  // What each row element showed when last read: a title changed in place is rename evidence.
  const rowFaces = new WeakMap<Element, { title: string; top: number; rest: string }>();
  let retitles: RowRetitle[] = [];

  function noteRowFace(snapshot: RowSnapshot): void {
    const rest = rowRestText(snapshot.element);
    const before = rowFaces.get(snapshot.element);
    rowFaces.set(snapshot.element, { title: snapshot.title, top: snapshot.top, rest });
    if (!before || !before.title || !snapshot.title || before.title === snapshot.title) return;
    if (before.top !== snapshot.top || before.rest !== rest) return; // recycled for another chat
    const at = now();
    retitles = retitles.filter((r) => r.at >= at - RETITLE_WINDOW_MS);
    retitles.push({ from: before.title, to: snapshot.title, selected: snapshot.selected, at });
    conversationDirty = true;
  }

  function currentRows(): RowInfo[] {
    if (!listRegion || !rowSelector) return [];
    const found = scanRows(listRegion, scan.pane);
    const rows = (found?.items ?? []).map((item) => rowInfo(item)).filter((row): row is RowInfo => row !== null);
    return rows.sort((a, b) => a.top - b.top);
  }

  function flushRows(): void {
    let items: HTMLElement[];
    if (allRows) {
      items = listRegion ? (scanRows(listRegion, scan.pane)?.items ?? []) : [];
      lastSignature = new WeakMap();
    } else {
      const set = new Set<HTMLElement>();
      for (const target of rowTargets) {
        const item = listRegion && rowSelector ? rowItemOf(target, listRegion, rowSelector) : null;
        if (item) set.add(item);
      }
      items = [...set];
    }
    allRows = false;
    rowTargets.clear();
    const snapshots = items.map((item) => readRow(item));
    for (const snapshot of snapshots) noteRowFace(snapshot);
    if (rowsChannel.size === 0) return;
    const changed: RowInfo[] = [];
    for (const snapshot of snapshots) {
      const item = snapshot.element;
      const info = rowInfo(item, snapshot);
      const signature = info ? rowSignature(info) : '';
      if (lastSignature.get(item) === signature) continue;
      lastSignature.set(item, signature);
      if (info) changed.push(info);
    }
    if (changed.length === 0) return;
    rowsChannel.emit(changed);
    // Listeners usually put their marks in now: remember that, so a later re-render that drops them
    // differs from what was seen and the row is reported again.
    for (const info of changed) lastSignature.set(info.element, rowSignature(info));
  }

  /**
   * What makes a row worth reporting again: another chat, place or selection — or Zettel's marks gone
   * (WhatsApp re-rendered the row's content; the chat did not change, the marks must come back).
   */
  function rowSignature(info: RowInfo): string {
    const marked = info.element.querySelector(ZETTEL_MARK_SELECTOR) !== null;
    return `${info.key}\u0000${info.top}\u0000${info.selected}\u0000${marked}`;
  }

  let recheckTimer: ReturnType<typeof setTimeout> | null = null;

  function flushConversation(): void {
    conversationDirty = false;
    const pane = scan.pane;
    const header = pane ? (scan.header?.isConnected && pane.contains(scan.header) ? scan.header : findHeader(pane)?.element ?? null) : null;
    const title = headerTitle(header);
    const rawIds = pane ? messageIds(pane) : [];
    // Only a pending title change needs the list (rename or switch?): skip reading rows otherwise.
    const listedTitles = resolver.needsListedTitles(title) ? new Set(currentRows().map((row) => row.title)) : undefined;
    const previous = resolver.current();
    const at = now();
    retitles = retitles.filter((r) => r.at >= at - RETITLE_WINDOW_MS);
    const result = resolver.update({ pane, title, rawIds, retitledRows: retitles, ...(listedTitles ? { listedTitles } : {}) }, at);
    if (recheckTimer !== null) clearTimeout(recheckTimer);
    recheckTimer = null;
    if (result.recheckInMs !== null) {
      recheckTimer = setTimeout(() => {
        recheckTimer = null;
        conversationDirty = true;
        observer.schedule();
      }, result.recheckInMs);
    }
    if (result.alias) {
      aliasLog.push(result.alias);
      if (aliasLog.length > 50) aliasLog.shift();
      aliasChannel.emit(result.alias);
    }
    if (result.change) conversationChannel.emit({ chat: result.chat, previous, change: result.change });
    if (result.change || messagesDirty) {
      messagesDirty = false;
      if (messagesChannel.size > 0) messagesChannel.emit(pane ? readMessages(pane, scan.messagesRegion, messageSnapshots) : []);
    }
  }

  function fullHealth(): HealthReport {
    const chat = resolver.current();
    return {
      parts: scan.parts,
      identity: chat?.strategy ?? null,
      profile: detectProfile(scan),
      locale: detectLocale(doc, scan.chatList),
      disabledFeatures: [],
      currentChat: chat ? { key: chat.key, title: chat.title } : null,
      checkedAt: now(),
    };
  }

  const checkHealth = timed((): void => {
    lastHealthAt = now();
    adoptScan(scanPage(doc));
    // The profile and locale are computed only when something changed: they cost more than the parts.
    const chat = resolver.current();
    const signature = JSON.stringify([scan.parts, chat?.strategy ?? null, chat?.key ?? null, chat?.title ?? null]);
    if (signature === lastHealthSignature) return;
    lastHealthSignature = signature;
    healthChannel.emit(fullHealth());
  });


  function scheduleHealth(): void {
    if (healthTimer !== null) return;
    const wait = Math.max(0, HEALTH_THROTTLE_MS - (now() - lastHealthAt));
    healthTimer = setTimeout(() => {
      healthTimer = null;
      try {
        checkHealth();
        observer.schedule(); // a rescan may have found new regions to read
      } catch (error) {
        onError('health', error);
      }
    }, wait);
  }

  function flush(): void {
    // Only nodes added or removed outside the rows can add or remove a part (scrolling the list does
    // not); hooks changing inside a region are caught by the once-a-second check.
    const partsMayHaveChanged = structural || partsDirty;
    partsDirty = false;
    if (structural || (scan.pane && !scan.pane.isConnected) || (listRegion && !listRegion.isConnected)) {
      structural = false;
      const paneBefore = scan.pane;
      adoptScan(scanPage(doc));
      if (scan.pane !== paneBefore) {
        conversationDirty = true;
        messagesDirty = true;
      }
    }
    flushRows();
    if (conversationDirty) flushConversation();
    if (partsMayHaveChanged) scheduleHealth();
  }

  const observer = new BatchedObserver({
    root: doc.body ?? doc.documentElement,
    signal,
    collect: timed((records: readonly MutationRecord[]) => {
      stats.records += records.length;
      collect(records);
    }),
    flush: timed(() => {
      stats.batches++;
      flush();
    }),
    onError,
  });
  // Learned JIDs re-key rows that show the same title.
  const stopLearned = learned.onChange(() => {
    allRows = true;
    observer.schedule();
  });
  const interval = setInterval(() => {
    try {
      checkHealth();
    } catch (error) {
      onError('health', error);
    }
  }, HEALTH_INTERVAL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(interval);
      if (healthTimer !== null) clearTimeout(healthTimer);
      if (recheckTimer !== null) clearTimeout(recheckTimer);
      stopLearned();
    },
    { once: true },
  );
  observer.schedule();

  function part(name: WhatsAppPart): Element | null {
    switch (name) {
      case 'app-shell':
        return scan.appShell;
      case 'chat-list':
        return scan.chatList;
      case 'chat-rows':
        return scan.rows?.items[0]?.parentElement ?? null;
      case 'conversation-header':
        return scan.header;
      case 'messages':
        return scan.messagesRegion;
      case 'compose-box':
        return scan.composeBox;
      case 'send-button':
        return scan.sendButton ?? scan.voiceButton;
    }
  }

  function composeBox(): HTMLElement | null {
    return findComposeBox(findConversation(doc)?.element ?? null)?.element ?? null;
  }

  return {
    rows: currentRows,
    currentChat: () => resolver.current(),
    messages: () => (scan.pane ? readMessages(scan.pane, scan.messagesRegion) : []),
    keyForTitle: (title) => keyForTitle(title, learned),
    onRows: (callback, s) => {
      rowsChannel.add(callback, s);
      allRows = true; // a new subscriber gets every row once
      observer.schedule();
    },
    onConversation: (callback, s) => conversationChannel.add(callback, s),
    onMessages: (callback, s) => messagesChannel.add(callback, s),
    onAlias: (callback, s) => aliasChannel.add(callback, s),
    onHealth: (callback, s) => healthChannel.add(callback, s),
    health: () => {
      // Answer from a fresh look at the page: the popup may ask while this tab gets no frames.
      adoptScan(scanPage(doc));
      conversationDirty = true;
      flushConversation();
      return fullHealth();
    },
    part,
    theme: () => detectTheme(doc, scan.appShell),
    locale: () => detectLocale(doc, scan.chatList),
    composer: {
      insertText: (text, insertOptions) => insertText(composeBox(), text, insertOptions),
      readText: () => {
        const box = composeBox();
        return box ? readComposerText(box) : null;
      },
      sendButton: () => {
        const pane = findConversation(doc)?.element ?? null;
        const box = findComposeBox(pane)?.element ?? null;
        return findSendButton(findFooter(pane, box))?.element ?? null;
      },
      target: () => findComposeTarget(doc),
      insertInto: (target, text) => insertText(target.box, text, { keepGoing: () => targetStillCurrent(doc, target) === null }),
      sendButtonOf: (target) => sendButtonOfTarget(doc, target),
    },
    aliases: () => [...aliasLog],
    stats: () => ({ ...stats, busyMs: Math.round(stats.busyMs * 100) / 100 }),
  };
}
