/**
 * The virtualized chat list (whatsapp-dom.md §2, A.1-5): absolutely positioned 72 px items moved by
 * translateY, only the visible window plus overscan in the DOM, nodes RECYCLED on scroll (the same element
 * shows another chat, content changed in place), DOM order shuffled against visual order, selection on
 * pointerdown/mousedown only.
 */
import { cx, sx } from './atoms.ts';
import type { Ctx } from './context.ts';
import type { Chat, TickState } from './data.ts';
import { h, icon, setAttr, setText } from './dom.ts';
import { attachFiber } from './fiber.ts';
import { listTime } from './i18n.ts';

export const ROW_HEIGHT = 72;
const OVERSCAN = 4;

/** One pooled row element and the refs needed to update it in place. */
interface PoolItem {
  item: HTMLElement; // the positioned element (row in current-2026, listitem in legacy-2025)
  row: HTMLElement; // role=row (same as item in current-2026)
  cell: HTMLElement; // gridcell: aria-selected
  avatar: HTMLImageElement;
  title: HTMLSpanElement;
  time: HTMLSpanElement;
  secondary: HTMLElement;
  ticks: HTMLElement;
  previewText: HTMLSpanElement;
  status: HTMLElement;
  badge: HTMLElement | null;
  index: number;
  key: string | null;
  /** What the status column currently shows, to rebuild it only when it changes. */
  statusSig: string;
}

const rowStyle = sx({ position: 'absolute', left: 0, width: '100%', 'box-sizing': 'border-box', 'will-change': 'transform' });
const cellStyle = sx({ display: 'flex', height: '100%', 'align-items': 'center', cursor: 'pointer', outline: 'none' });
const frameStyle = sx({ display: 'flex', 'align-items': 'center', width: '100%', height: '100%', padding: '0 12px 0 12px', 'box-sizing': 'border-box', gap: '12px' });
const avatarStyle = sx({ width: '49px', height: '49px', 'border-radius': '50%', 'flex-shrink': 0 });
const mainStyle = sx({ flex: '1', 'min-width': 0, 'border-bottom': '1px solid var(--WDS-border-default)', height: '100%', display: 'flex', 'flex-direction': 'column', 'justify-content': 'center' });
const lineStyle = sx({ display: 'flex', 'align-items': 'center', gap: '6px', 'min-width': 0 });
const titleStyle = sx({ flex: '1', overflow: 'hidden', 'white-space': 'nowrap', 'text-overflow': 'ellipsis', 'font-size': '16px' });
const detailStyle = sx({ 'font-size': '12px', color: 'var(--WDS-content-deemphasized)' });
const secondaryStyle = sx({ flex: '1', overflow: 'hidden', 'white-space': 'nowrap', 'text-overflow': 'ellipsis', color: 'var(--WDS-content-deemphasized)', display: 'flex', gap: '3px', 'min-width': 0 });
const badgeStyle = sx({ background: 'var(--WDS-accent)', color: '#fff', 'border-radius': '10px', 'min-width': '20px', height: '20px', display: 'inline-flex', 'align-items': 'center', 'justify-content': 'center', 'font-size': '12px', padding: '0 4px', 'box-sizing': 'border-box' });
const chipStyle = sx({ 'font-size': '11px', padding: '1px 6px', 'border-radius': '8px', background: 'var(--WDS-surface-selected)' });
const selectedStyle = sx({ background: 'var(--WDS-surface-selected)' });

export class ChatListView {
  readonly pane: HTMLElement;
  readonly grid: HTMLElement;
  private readonly empty: HTMLElement;
  private pool: PoolItem[] = [];
  private readonly byElement = new WeakMap<Element, PoolItem>();
  private list: Chat[] = [];
  /** The row's ▾ button opens a menu, not the chat. */
  private readonly contextButtons = new WeakSet<Element>();
  private readonly cleanup: Array<() => void> = [];

  constructor(private readonly ctx: Ctx) {
    const { s } = ctx;
    this.grid = h('div', {
      class: sx({ position: 'relative', width: '100%' }),
      'data-testid': ctx.testid('chat-list', 'chat-list', 'chatlist-grid'),
    });
    this.empty = h('div', { class: sx({ padding: '40px 20px', 'text-align': 'center', color: 'var(--WDS-content-deemphasized)', display: 'none' }) }, s.noChats);
    this.pane = h(
      'div',
      { id: ctx.hook('chat-list', 'pane-side', 'pane-chats'), class: sx({ flex: '1', 'overflow-y': 'auto', 'overflow-x': 'hidden', position: 'relative', 'min-height': 0 }) },
      // The keyboard wrapper of the list (A.1-5: tabIndex 0, data-tab CHAT_LIST).
      h('div', { tabindex: '0', 'data-tab': '4' }, this.grid),
      this.empty,
    );
    this.updateGridLabel();
    const onScroll = () => this.layout();
    this.pane.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    this.cleanup.push(() => window.removeEventListener('resize', onScroll));
    // WhatsApp selects on pointerdown/mousedown; a bare synthetic click() does nothing (§2.2).
    const select = (event: Event) => {
      if ((event as MouseEvent).button !== 0) return;
      for (let n = event.target instanceof Element ? event.target : null; n && n !== this.grid; n = n.parentElement) {
        if (this.contextButtons.has(n)) return;
      }
      const poolItem = this.itemFor(event.target);
      if (poolItem?.key) void ctx.openChatFromUi(poolItem.key);
    };
    this.grid.addEventListener('pointerdown', select);
    this.grid.addEventListener('mousedown', select);
    this.cleanup.push(
      ctx.store.on((change) => {
        if (change.kind === 'list' || change.kind === 'open' || change.kind === 'messages') this.refresh();
        else if (change.kind === 'typing') this.layout(true);
      }),
    );
  }

  destroy(): void {
    for (const fn of this.cleanup) fn();
  }

  private itemFor(target: EventTarget | null): PoolItem | undefined {
    let node = target instanceof Element ? target : null;
    while (node && node !== this.grid) {
      const found = this.byElement.get(node);
      if (found) return found;
      node = node.parentElement;
    }
    return undefined;
  }

  private updateGridLabel(): void {
    const { ctx } = this;
    const removed = ctx.removed('chat-list');
    const searching = ctx.store.search.trim() !== '';
    const label = searching ? ctx.s.searchResults : ctx.renamed('chat-list') ? (ctx.options.lang === 'de' ? 'Liste der Chats' : 'List of chats') : ctx.s.chatList;
    setAttr(this.grid, 'role', removed ? null : 'grid');
    setAttr(this.grid, 'aria-label', removed ? null : label);
    setAttr(this.grid, 'aria-rowcount', removed ? null : String(this.list.length));
  }

  /** Re-reads the list from the store and re-binds every live row (content changes in place). */
  refresh(): void {
    this.list = this.ctx.store.visible();
    this.layout(true);
  }

  /** Positions the window of rows for the current scroll offset, recycling pool nodes. */
  layout(rebind = false): void {
    const count = this.list.length;
    this.grid.style.height = `${count * ROW_HEIGHT}px`;
    this.updateGridLabel();
    this.empty.style.display = count === 0 && (this.ctx.store.search || this.ctx.store.filter !== 'all') ? 'block' : 'none';
    const viewport = this.pane.clientHeight || window.innerHeight;
    const first = Math.max(0, Math.floor(this.pane.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(count, Math.ceil((this.pane.scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
    const wanted = new Set<number>();
    for (let i = first; i < last; i++) wanted.add(i);
    const free: PoolItem[] = [];
    for (const item of this.pool) {
      if (wanted.has(item.index)) {
        wanted.delete(item.index);
        if (rebind) this.bind(item, item.index);
      } else free.push(item);
    }
    for (const index of wanted) {
      const item = free.pop() ?? this.create();
      this.bind(item, index);
    }
    // Pool nodes not needed any more (the list shrank) leave the DOM, like a real virtual list.
    for (const item of free) {
      item.item.remove();
      item.index = -1;
      item.key = null;
    }
    this.pool = this.pool.filter((item) => item.index >= 0);
  }

  private create(): PoolItem {
    const { ctx } = this;
    const title = h('span', { dir: 'auto', class: sx({ overflow: 'hidden', 'text-overflow': 'ellipsis' }) });
    const time = h('span', {});
    const ticks = h('span', {});
    const previewText = h('span', { dir: 'ltr' });
    const secondary = h('div', { class: secondaryStyle }, ticks, h('span', { class: sx({ overflow: 'hidden', 'text-overflow': 'ellipsis' }) }, previewText));
    const status = h('div', { class: sx({ display: 'flex', 'align-items': 'center', gap: '4px' }) });
    const avatar = h('img', { class: avatarStyle, alt: '', draggable: 'false' });
    const frame = h(
      'div',
      { class: frameStyle },
      h('div', { class: sx({ 'flex-shrink': 0 }) }, avatar),
      h(
        'div',
        { class: mainStyle },
        h('div', { class: lineStyle }, h('div', { class: titleStyle }, title), h('div', { class: detailStyle }, time)),
        h('div', { class: lineStyle }, secondary, status),
      ),
    );
    const cell = h('div', { class: cellStyle, tabindex: '-1', 'aria-colindex': '2' }, frame);
    const testids = {
      frame: ctx.testid('chat-rows', 'cell-frame-container', 'chat-cell'),
      title: ctx.testid('chat-rows', 'cell-frame-title', 'chat-cell-title'),
      detail: ctx.testid('chat-rows', 'cell-frame-primary-detail', 'chat-cell-detail'),
      secondary: ctx.testid('chat-rows', 'cell-frame-secondary', 'chat-cell-secondary'),
    };
    setAttr(frame, 'data-testid', testids.frame);
    setAttr(title.parentElement as Element, 'data-testid', testids.title);
    setAttr(time.parentElement as Element, 'data-testid', testids.detail);
    setAttr(secondary, 'data-testid', testids.secondary);
    const rowsRemoved = ctx.removed('chat-rows');
    if (!rowsRemoved) setAttr(cell, 'role', 'gridcell');
    let item: HTMLElement;
    let row: HTMLElement;
    if (ctx.legacy) {
      row = h('div', { role: rowsRemoved ? null : 'row', class: sx({ height: '100%' }) }, cell);
      item = h('div', { role: rowsRemoved ? null : 'listitem', class: rowStyle }, row);
    } else {
      item = h('div', { role: rowsRemoved ? null : 'row', class: rowStyle }, cell);
      row = item;
    }
    const poolItem: PoolItem = { item, row, cell, avatar, title, time, secondary, ticks, previewText, status, badge: null, index: -1, key: null, statusSig: '' };
    this.byElement.set(item, poolItem);
    // DOM order ≠ visual order (§2.1): new pool nodes go to a random place among their siblings.
    const siblings = this.grid.children;
    const at = Math.floor(Math.random() * (siblings.length + 1));
    this.grid.insertBefore(item, siblings[at] ?? null);
    this.pool.push(poolItem);
    return poolItem;
  }

  /** Shows the chat at `index` in the pooled node: text and attribute mutations only. */
  private bind(p: PoolItem, index: number): void {
    const { ctx } = this;
    const { s, store } = ctx;
    const chat = this.list[index];
    if (!chat) return;
    p.index = index;
    p.key = chat.key;
    const rowsRemoved = ctx.removed('chat-rows');
    const style = p.item.style;
    const z = String(Math.max(0, this.list.length - index));
    if (style.zIndex !== z) style.zIndex = z;
    if (style.transition !== 'none') style.transition = 'none';
    if (style.height !== `${ROW_HEIGHT}px`) style.height = `${ROW_HEIGHT}px`;
    // late-2026 writes the position as a matrix (issue 19 point 8).
    const transform = ctx.late ? `matrix(1, 0, 0, 1, 0, ${index * ROW_HEIGHT})` : `translateY(${index * ROW_HEIGHT}px)`;
    if (style.transform !== transform) style.transform = transform;
    setAttr(p.item, 'data-testid', ctx.testid('chat-rows', `list-item-${index}`, `chat-list-item-${index}`));
    const selected = store.openKey === chat.key;
    setAttr(p.cell, 'aria-selected', rowsRemoved ? null : String(selected));
    setAttr(p.cell, 'class', cx(cellStyle, selected && selectedStyle));
    setAttr(p.avatar, 'src', `/stage/avatar/${chat.avatar}.svg`);
    setText(p.title, chat.title);
    setAttr(p.title, 'title', rowsRemoved ? null : chat.title);
    const last = store.lastMessage(chat);
    setText(p.time, last ? listTime(s, last.time, store.now) : '');
    setText(p.previewText, chat.typing ? s.typing : last ? this.preview(chat, last) : '');
    this.bindTicks(p, last?.fromMe ? last.status : null);
    this.bindStatus(p, chat);
    attachFiber(ctx, p.item, chat.jid, 'row');
  }

  private preview(chat: Chat, message: NonNullable<ReturnType<Ctx['store']['lastMessage']>>): string {
    const body =
      message.kind === 'image'
        ? `📷 ${message.text || this.ctx.s.photo}`
        : message.kind === 'voice'
          ? `🎤 ${Math.floor((message.seconds ?? 0) / 60)}:${String((message.seconds ?? 0) % 60).padStart(2, '0')}`
          : message.kind === 'document'
            ? `📄 ${message.fileName ?? ''}`
            : message.text.replace(/\n/g, ' ');
    if (chat.kind === 'group' && !message.fromMe && message.author) return `${message.author.name.split(' ')[0] ?? ''}: ${body}`;
    return body;
  }

  private bindTicks(p: PoolItem, status: string | null): void {
    const name = status === null ? null : status === 'time' ? 'status-time' : status === 'check' ? 'status-check' : status === 'dblcheck' ? 'status-dblcheck' : 'status-dblcheck-ack';
    const current = p.ticks.firstElementChild;
    if (name === null) {
      if (current) p.ticks.replaceChildren();
      setAttr(p.ticks, 'data-testid', null);
      return;
    }
    setAttr(p.ticks, 'data-testid', this.ctx.testid('chat-rows', 'last-msg-status', 'chat-cell-status'));
    if (current) setAttr(current, 'data-icon', name);
    else p.ticks.append(icon(name));
    // late-2026: the status icon carries a bare title (a [title] in the row that is not the chat's name).
    if (this.ctx.late) setAttr(p.ticks.firstElementChild as Element, 'title', this.ctx.s.ticks[status as TickState].trim());
  }

  /** Unread badge, label chip, muted/pinned icons, context button: rebuilt only when they change. */
  private bindStatus(p: PoolItem, chat: Chat): void {
    const { ctx } = this;
    const { s } = ctx;
    const renamed = ctx.renamed('chat-rows');
    const unreadLabel = (n: number) => (renamed ? (ctx.options.lang === 'de' ? `${n} ungelesen` : `${n} unread`) : s.unread(n));
    const sig = [chat.unread > 0, chat.muted, chat.pin, chat.label, ctx.options.lang].join('|');
    if (sig === p.statusSig) {
      // Only the number changed (or nothing): the badge mutates in place, as on the real page.
      if (p.badge) {
        setAttr(p.badge, 'aria-label', ctx.late ? null : unreadLabel(chat.unread));
        setText(p.badge.firstElementChild as Element, String(chat.unread));
      }
      return;
    }
    p.statusSig = sig;
    const parts: Node[] = [];
    if (chat.label) parts.push(h('span', { class: chipStyle, 'data-testid': ctx.testid('chat-rows', 'cell-frame-label', 'chat-cell-label') }, chat.label));
    if (chat.muted) parts.push(icon(ctx.hook('chat-rows', ctx.legacy ? 'muted' : 'ic-notifications-off', 'wds-ic-mute'), { 'aria-label': renamed ? null : s.mutedChat }));
    if (chat.pin !== null) parts.push(icon(ctx.hook('chat-rows', ctx.legacy ? 'pinned2' : 'ic-pin', 'wds-ic-pin-filled'), { 'aria-label': renamed ? null : s.pinnedChat }));
    // late-2026: no aria-label on the badge, only the number (issue 19 point 8).
    p.badge = chat.unread > 0 ? h('span', { class: badgeStyle, 'aria-label': ctx.late ? null : unreadLabel(chat.unread) }, h('span', {}, String(chat.unread))) : null;
    if (p.badge) parts.push(p.badge);
    const menu = h('span', { 'data-testid': ctx.testid('chat-rows', 'context-btn', 'chat-cell-menu'), 'aria-label': s.contextMenu, role: 'button' }, icon(ctx.legacy ? 'down' : 'wds-ic-expand-more'));
    this.contextButtons.add(menu);
    parts.push(menu);
    p.status.replaceChildren(...parts);
  }

  /** The truth behind every row element in the DOM: which chat it shows and where (test API). */
  rowTruth(): Array<{ top: number; key: string; title: string }> {
    return this.pool
      .filter((item) => item.key !== null && item.item.isConnected)
      .map((item) => ({ top: item.index * ROW_HEIGHT, key: item.key as string, title: this.ctx.store.chat(item.key as string)?.title ?? '' }));
  }
}
