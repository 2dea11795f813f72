/**
 * Which chat is open, keyed by the most stable id available (DESIGN §3):
 *   1. the chat JID inside full-form message `data-id`s (legacy builds),
 *   2. the header title (current builds carry no JID anywhere in the DOM; docs/adapter.md explains why
 *      the React-fiber probe was removed).
 * Pure logic over snapshots (no DOM queries here), so every case is unit-testable.
 *
 * Traps handled:
 * - WhatsApp renders the new header BEFORE the new messages: after a title change the old messages are
 *   still in the pane, so their JID must not be given to the new title. Until the message set is replaced
 *   the chat is known by title only.
 * - A rename (contact renamed while open) changes the title while the messages stay — in the same pane or in
 *   a re-mounted one. Rule: the same messages under a new title while the old title left the list is a
 *   rename. "The same messages" is proven at once when they render in a NEW pane (a new pane holds only
 *   the shown chat's nodes) or when the selected chat-list row changed its title in place from the old to
 *   the new one; otherwise (old messages may just not have been replaced yet) after a settle time.
 */
import { chatKeyFromJid, chatKeyFromTitle, type ChatKey } from '../chat-key.ts';
import { normaliseMessageId } from './message-id.ts';
import { chatJidOfMessages } from './messages.ts';
import type { IdentityStrategy } from './parts.ts';

export interface CurrentChat {
  key: ChatKey;
  title: string;
  jid?: string;
  strategy: IdentityStrategy;
}

export interface ChatAlias {
  from: ChatKey;
  to: ChatKey;
  fromTitle: string;
  toTitle: string;
  jid?: string;
}

export type ConversationChange = 'opened' | 'switched' | 'renamed' | 'rerendered' | 'identified' | 'closed';

export interface ConversationSnapshot {
  /** The conversation pane element (#main); a new element means a re-mount. */
  pane: Element | null;
  title: string;
  /** Raw `data-id`s of the rendered messages, in DOM order. */
  rawIds: readonly string[];
  /** Titles the chat list shows right now (a rename leaves no row with the old title). */
  listedTitles?: ReadonlySet<string>;
  /** Recent in-place title changes of chat-list rows (same element, same place, rest of the row unchanged). */
  retitledRows?: readonly RowRetitle[];
}

/** A chat-list row element that kept its place and content but shows another title now. */
export interface RowRetitle {
  from: string;
  to: string;
  /** The row was the selected one (the open chat's) when it changed. */
  selected: boolean;
  at: number;
}

export interface ResolveResult {
  chat: CurrentChat | null;
  /** Set when something a feature should react to happened. */
  change: ConversationChange | null;
  alias: ChatAlias | null;
  /** Call `update` again after this many ms (a pending title change needs time to settle). */
  recheckInMs: number | null;
}

/** Long enough for a slow chat to render its messages; a switch confirms earlier, when they arrive. */
export const RENAME_SETTLE_MS = 1200;
/** The row and the header of a renamed chat may render a few frames apart. */
export const RETITLE_WINDOW_MS = 1000;
const MAX_LEARNED_TITLES = 2000;

interface Learned {
  jid: string;
  strategy: IdentityStrategy;
}

/** Titles seen together with a JID in the open chat; rows only have titles. */
export class TitleJidMap {
  private readonly map = new Map<string, Learned>();
  private readonly listeners = new Set<() => void>();

  get(title: string): Learned | undefined {
    return this.map.get(title);
  }

  learn(title: string, jid: string, strategy: IdentityStrategy): void {
    const known = this.map.get(title);
    if (known?.jid === jid) return;
    this.map.delete(title);
    this.map.set(title, { jid, strategy });
    if (this.map.size > MAX_LEARNED_TITLES) this.map.delete(this.map.keys().next().value as string);
    this.changed();
  }

  forget(title: string): void {
    if (this.map.delete(title)) this.changed();
  }

  /** Called when a mapping changes, so rows showing that title get re-keyed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A row's key: the JID learned for its title, else the title. */
export function keyForTitle(title: string, learned: TitleJidMap): ChatKey {
  const known = learned.get(title);
  return known ? chatKeyFromJid(known.jid) : chatKeyFromTitle(title);
}

interface PendingTitleChange {
  since: number;
  fromTitle: string;
  fromJid: string | null;
  fromStrategy: IdentityStrategy;
  oldIds: ReadonlySet<string>;
  /** The pane was re-mounted since the title changed: every message in it is the shown chat's. */
  newPane: boolean;
}

/** The open chat's own row changed from `from` to `to` in place, around the time the header did. */
function rowWasRetitled(retitles: readonly RowRetitle[] | undefined, from: string, to: string, since: number): boolean {
  return (retitles ?? []).some((r) => r.from === from && r.to === to && r.selected && r.at >= since - RETITLE_WINDOW_MS);
}

export class ChatIdentityResolver {
  private pane: Element | null = null;
  private title = '';
  private jid: string | null = null;
  private jidStrategy: IdentityStrategy = 'title';
  private chat: CurrentChat | null = null;
  private pending: PendingTitleChange | null = null;
  /** The message ids of the last update: what "old messages" means when the title changes. */
  private oldIdsFromPreviousUpdate: ReadonlySet<string> = new Set();

  constructor(readonly learned: TitleJidMap = new TitleJidMap()) {}

  current(): CurrentChat | null {
    return this.chat;
  }

  /** Whether `update` will look at `listedTitles` for this title (callers skip reading the list otherwise). */
  needsListedTitles(title: string): boolean {
    return this.pending !== null || (title !== '' && title !== this.title);
  }

  update(snapshot: ConversationSnapshot, now: number): ResolveResult {
    const previous = this.chat;
    if (!snapshot.pane || !snapshot.title) {
      this.pane = snapshot.pane;
      this.title = '';
      this.jid = null;
      this.pending = null;
      this.chat = null;
      return { chat: null, change: previous ? 'closed' : null, alias: null, recheckInMs: null };
    }

    const ids = new Set(snapshot.rawIds.map(normaliseMessageId));
    const messageJid = chatJidOfMessages(snapshot.rawIds);
    let change: ConversationChange | null = null;
    let alias: ChatAlias | null = null;
    let recheckInMs: number | null = null;

    const titleChanged = previous !== null && snapshot.title !== this.title;
    if (titleChanged) {
      // A new title, in the same pane or a re-mounted one: a switch or a rename. The messages decide.
      this.pending ??= {
        since: now,
        fromTitle: this.title,
        fromJid: this.jid,
        fromStrategy: this.jidStrategy,
        oldIds: this.oldIdsFromPreviousUpdate,
        newPane: false,
      };
      if (snapshot.pane !== this.pane) this.pending.newPane = true;
      this.pane = snapshot.pane;
      this.title = snapshot.title;
      this.jid = null;
      this.jidStrategy = 'title';
      change = 'switched';
    } else if (snapshot.pane !== this.pane) {
      // A re-mounted pane under the same title (or the first one): only the shown chat's nodes are in it.
      const wasSameChat = previous !== null && previous.title === snapshot.title;
      if (this.pending) this.pending.newPane = true;
      this.pane = snapshot.pane;
      this.title = snapshot.title;
      if (!this.pending) this.setJid(messageJid, wasSameChat ? previous : null);
      change = previous === null ? 'opened' : 'switched';
    } else if (!this.pending) {
      this.setJid(messageJid, previous);
    }

    if (this.pending) {
      const pending = this.pending;
      const elapsed = now - pending.since;
      const stillOld = [...ids].some((id) => pending.oldIds.has(id));
      const fresh = ids.size > 0 && !stillOld;
      const oldListed = snapshot.listedTitles?.has(pending.fromTitle) ?? false;
      // Old ids in a new pane, or the open chat's row renamed in place: the same chat, no need to wait.
      const sameChatProven = stillOld && (pending.newPane || rowWasRetitled(snapshot.retitledRows, pending.fromTitle, snapshot.title, pending.since));
      if (fresh) {
        // The new chat's messages replaced the old ones: a switch, and their JID is the new chat's.
        this.pending = null;
        this.setJid(messageJid, null);
      } else if (stillOld && !oldListed && (sameChatProven || elapsed >= RENAME_SETTLE_MS)) {
        // Same messages under a new title, and the old title is gone from the list: a rename.
        this.pending = null;
        const jid = messageJid ?? pending.fromJid;
        if (jid && (!messageJid || messageJid === pending.fromJid || !pending.fromJid)) {
          this.jid = jid;
          this.jidStrategy = pending.fromJid === jid ? pending.fromStrategy : 'data-id-jid';
        }
        this.learned.forget(pending.fromTitle);
        alias = { from: chatKeyFromTitle(pending.fromTitle), to: chatKeyFromTitle(snapshot.title), fromTitle: pending.fromTitle, toTitle: snapshot.title };
        change = 'renamed';
      } else if (elapsed >= RENAME_SETTLE_MS * 3) {
        // No evidence either way (an empty chat, or the old title is still listed): a switch, title only.
        this.pending = null;
        if (pending.newPane) this.setJid(messageJid, null);
      } else {
        recheckInMs = Math.max(50, (elapsed < RENAME_SETTLE_MS ? RENAME_SETTLE_MS : RENAME_SETTLE_MS * 3) - elapsed);
      }
    }
    this.oldIdsFromPreviousUpdate = this.pending ? this.pending.oldIds : ids;

    if (!this.pending && this.jid) this.learned.learn(this.title, this.jid, this.jidStrategy);
    this.chat = this.describe();
    if (alias) alias.to = this.chat.key;
    if (alias && this.jid) alias.jid = this.jid;

    if (!change && previous && previous.key !== this.chat.key) change = 'identified';
    if (change === 'switched' && previous && previous.key === this.chat.key && previous.title === this.chat.title) change = 'rerendered';
    return { chat: this.chat, change, alias, recheckInMs };
  }

  private setJid(fromMessages: string | null, sameChat: CurrentChat | null): void {
    if (fromMessages) {
      this.jid = fromMessages;
      this.jidStrategy = 'data-id-jid';
    } else if (sameChat?.jid) {
      this.jid = sameChat.jid;
      this.jidStrategy = sameChat.strategy;
    } else {
      this.jid = null;
      this.jidStrategy = 'title';
    }
  }

  private describe(): CurrentChat {
    if (this.jid) return { key: chatKeyFromJid(this.jid), title: this.title, jid: this.jid, strategy: this.jidStrategy };
    // Not pending: a JID learned for this title earlier stands (rows use the same mapping).
    const known = this.pending ? undefined : this.learned.get(this.title);
    if (known) return { key: chatKeyFromJid(known.jid), title: this.title, jid: known.jid, strategy: known.strategy };
    return { key: chatKeyFromTitle(this.title), title: this.title, strategy: 'title' };
  }
}
