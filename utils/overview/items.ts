/**
 * What the overview lists, built from the stored tables: one item per flagged chat, marker, note and
 * pin, each knowing the chat's display title, its labels and the tabs it belongs to. Pure (no DOM, no
 * database): the content script passes in what its subscriptions delivered; tests and the benchmark
 * pass in generated tables.
 */
import { chatKeyFromTitle, type ChatKey } from '../chat-key.ts';
import type { ChatLabelRecord, ChatRecord, FlagRecord, MarkerRecord, NoteRecord, PinRecord } from '../db/records.ts';

export const OVERVIEW_TABS = ['open', 'markers', 'notes', 'pinned'] as const;
export type OverviewTab = (typeof OVERVIEW_TABS)[number];

/** Bit per tab, so an open marker can sit in "open" and "markers" at once. */
export const TAB_BIT: Readonly<Record<OverviewTab, number>> = { open: 1, markers: 2, notes: 4, pinned: 8 };

/** `flag`: a chat still to answer; `marker`: a marked message; `note`: a chat's note; `pin`: a pinned chat. */
export type OverviewItemKind = 'flag' | 'marker' | 'note' | 'pin';

export interface OverviewItem {
  /** Unique within one build: kind + chat key (+ message id). */
  id: string;
  kind: OverviewItemKind;
  chatKey: ChatKey;
  /** The chat's display name (untrusted text). */
  chatTitle: string;
  /** Marker snippet or note text (untrusted text); '' for flags and pins. */
  text: string;
  /** Marker: sender and the marker's own note; '' otherwise (untrusted text). */
  detail: string;
  messageId: string | null;
  /** Since when it waits: flag waitingSince, marker message time (or when marked), note/pin last change. */
  since: number;
  state: 'open' | 'due' | 'resolved' | null;
  /** Waiting longer than the user's threshold, or a reminder fired. */
  overdue: boolean;
  /** Marker color. */
  color: string | null;
  labelIds: readonly string[];
  /** TAB_BIT flags. */
  tabs: number;
  /** Pins: the user's order; others 0. */
  order: number;
  /** Last change of the underlying record (newest-first orders). */
  changedAt: number;
}

export interface OverviewSources {
  chats: readonly ChatRecord[];
  flags: readonly FlagRecord[];
  markers: readonly MarkerRecord[];
  notes: readonly NoteRecord[];
  pins: readonly PinRecord[];
  chatLabels: readonly ChatLabelRecord[];
  now: number;
  /** settings `flags.overdueAfterHours`. */
  overdueAfterHours: number;
}

export interface OverviewData {
  items: readonly OverviewItem[];
  /** Item indexes per tab, in the tab's order (see `compareInTab`). */
  byTab: Readonly<Record<OverviewTab, readonly number[]>>;
}

function safeTitleKey(title: string | null | undefined): ChatKey | null {
  if (!title || !title.trim()) return null;
  try {
    return chatKeyFromTitle(title);
  } catch {
    return null;
  }
}

/**
 * A chat may have records under its JID key and under its title key (made before the chat was opened,
 * not merged yet): titles and labels are looked up under both.
 */
class ChatDirectory {
  private readonly titles = new Map<ChatKey, string>();
  private readonly jidByTitleKey = new Map<ChatKey, ChatKey>();
  private readonly labels = new Map<ChatKey, string[]>();

  constructor(chats: readonly ChatRecord[], chatLabels: readonly ChatLabelRecord[]) {
    // Oldest first, so the newest chat wins when two chats once had the same title.
    for (const chat of [...chats].sort((a, b) => a.updatedAt - b.updatedAt)) {
      if (chat.title) this.titles.set(chat.key, chat.title);
      const titleKey = chat.key.startsWith('jid:') ? safeTitleKey(chat.title) : null;
      if (titleKey) this.jidByTitleKey.set(titleKey, chat.key);
    }
    for (const row of chatLabels) {
      const list = this.labels.get(row.chatKey);
      if (list) list.push(row.labelId);
      else this.labels.set(row.chatKey, [row.labelId]);
    }
  }

  title(key: ChatKey): string {
    const known = this.titles.get(key);
    if (known) return known;
    if (key.startsWith('title:')) return key.slice('title:'.length);
    // An unnamed JID: its number is the best name there is.
    return key.slice('jid:'.length).replace(/@.*$/, '');
  }

  labelIds(key: ChatKey): readonly string[] {
    const own = this.labels.get(key);
    const titleKey = key.startsWith('jid:') ? safeTitleKey(this.titles.get(key)) : null;
    const jidKey = key.startsWith('title:') ? this.jidByTitleKey.get(key) : undefined;
    const other = (titleKey && this.labels.get(titleKey)) || (jidKey && this.labels.get(jidKey)) || undefined;
    if (!other) return own ?? [];
    if (!own) return other;
    return [...new Set([...own, ...other])];
  }
}

const HOUR_MS = 3_600_000;

interface ChatFields {
  chatKey: ChatKey;
  chatTitle: string;
  labelIds: readonly string[];
}

/**
 * One literal with every field in one order: 100,000 items built by spreading came out as slow
 * dictionary objects (most of the build time, and every later property read paid for it).
 */
function makeItem(chat: ChatFields, rest: Omit<OverviewItem, keyof ChatFields>): OverviewItem {
  return {
    id: rest.id,
    kind: rest.kind,
    chatKey: chat.chatKey,
    chatTitle: chat.chatTitle,
    text: rest.text,
    detail: rest.detail,
    messageId: rest.messageId,
    since: rest.since,
    state: rest.state,
    overdue: rest.overdue,
    color: rest.color,
    labelIds: chat.labelIds,
    tabs: rest.tabs,
    order: rest.order,
    changedAt: rest.changedAt,
  };
}

export function buildOverview(sources: OverviewSources): OverviewData {
  const directory = new ChatDirectory(sources.chats, sources.chatLabels);
  const overdueMs = sources.overdueAfterHours * HOUR_MS;
  const items: OverviewItem[] = [];
  // Per chat once (10,000 chats carry 100,000 markers between them).
  const chats = new Map<ChatKey, ChatFields>();
  const base = (chatKey: ChatKey) => {
    let chat = chats.get(chatKey);
    if (!chat) {
      chat = { chatKey, chatTitle: directory.title(chatKey), labelIds: directory.labelIds(chatKey) };
      chats.set(chatKey, chat);
    }
    return chat;
  };

  for (const flag of sources.flags) {
    items.push(makeItem(base(flag.chatKey), {
      id: `flag|${flag.chatKey}`,
      kind: 'flag',
      text: '',
      detail: '',
      messageId: null,
      since: flag.waitingSince,
      state: flag.state,
      overdue: flag.state === 'due' || sources.now - flag.waitingSince >= overdueMs,
      color: null,
      tabs: TAB_BIT.open,
      order: 0,
      changedAt: flag.updatedAt,
    }));
  }
  for (const marker of sources.markers) {
    const open = marker.status === 'open';
    const since = marker.sentAt ?? marker.createdAt;
    items.push(makeItem(base(marker.chatKey), {
      id: `marker|${marker.chatKey}|${marker.messageId}`,
      kind: 'marker',
      text: marker.snippet,
      detail: marker.note ? `${marker.sender} · ${marker.note}` : marker.sender,
      messageId: marker.messageId,
      since,
      state: marker.status,
      overdue: open && sources.now - since >= overdueMs,
      color: marker.color,
      tabs: open ? TAB_BIT.open | TAB_BIT.markers : TAB_BIT.markers,
      order: 0,
      changedAt: marker.resolvedAt ?? marker.updatedAt,
    }));
  }
  for (const note of sources.notes) {
    items.push(makeItem(base(note.chatKey), {
      id: `note|${note.chatKey}`,
      kind: 'note',
      text: note.text,
      detail: '',
      messageId: null,
      since: note.updatedAt,
      state: null,
      overdue: false,
      color: null,
      tabs: TAB_BIT.notes,
      order: 0,
      changedAt: note.updatedAt,
    }));
  }
  for (const pin of sources.pins) {
    items.push(makeItem(base(pin.chatKey), {
      id: `pin|${pin.chatKey}`,
      kind: 'pin',
      text: '',
      detail: '',
      messageId: null,
      since: pin.updatedAt,
      state: null,
      overdue: false,
      color: null,
      tabs: TAB_BIT.pinned,
      order: pin.order,
      changedAt: pin.updatedAt,
    }));
  }

  const byTab = {} as Record<OverviewTab, number[]>;
  for (const tab of OVERVIEW_TABS) {
    const bit = TAB_BIT[tab];
    const slots: number[] = [];
    for (let slot = 0; slot < items.length; slot += 1) if ((items[slot] as OverviewItem).tabs & bit) slots.push(slot);
    // A numeric key per item first: comparing objects 1.7 million times was most of the build.
    const keys = new Float64Array(items.length);
    for (const slot of slots) keys[slot] = sortKey(tab, items[slot] as OverviewItem);
    slots.sort((a, b) => (keys[a] as number) - (keys[b] as number) || compareInTab(tab, items[a] as OverviewItem, items[b] as OverviewItem));
    byTab[tab] = slots;
  }
  return { items, byTab };
}

/** The primary order of `compareInTab` as one number (smaller first). */
function sortKey(tab: OverviewTab, item: OverviewItem): number {
  if (tab === 'open') return item.since;
  if (tab === 'markers') return item.state === 'resolved' ? 1e16 - item.changedAt : item.since;
  if (tab === 'notes') return -item.changedAt;
  return item.order;
}

/**
 * Orders within a tab. Open: longest waiting first. Markers: open ones first (longest waiting
 * first), then resolved ones, most recently resolved first. Notes: most recently edited first.
 * Pinned: the user's order. Ties by chat title, then id, so the order is stable.
 */
export function compareInTab(tab: OverviewTab, a: OverviewItem, b: OverviewItem): number {
  let difference = 0;
  if (tab === 'open') difference = a.since - b.since;
  else if (tab === 'markers') {
    const aResolved = a.state === 'resolved' ? 1 : 0;
    const bResolved = b.state === 'resolved' ? 1 : 0;
    difference = aResolved - bResolved || (aResolved ? b.changedAt - a.changedAt : a.since - b.since);
  } else if (tab === 'notes') difference = b.changedAt - a.changedAt;
  else difference = a.order - b.order;
  if (difference !== 0) return difference;
  if (a.chatTitle !== b.chatTitle) return a.chatTitle < b.chatTitle ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
