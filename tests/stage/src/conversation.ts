/**
 * The conversation pane `#main` (whatsapp-dom.md §3, A.2): a new node per opened chat, header first and
 * messages a frame later, lazy loading of older messages with scroll anchoring, optional message
 * virtualization, and the compose footer (re-created after every send, S13).
 */
import { sx } from './atoms.ts';
import { ComposerView, EditorModel } from './composer.ts';
import type { Ctx } from './context.ts';
import type { Chat, Message } from './data.ts';
import { h, icon } from './dom.ts';
import { attachFiber } from './fiber.ts';
import { layoutConversation } from './layout.ts';
import { dividerText, sameDay } from './i18n.ts';
import { dividerRow, messageContent, messageShell, tickIcon, tickLabel } from './message.ts';

const PAGE = 40;

interface MessageNode {
  message: Message;
  row: HTMLElement;
  virt: HTMLElement;
  mounted: boolean;
  tail: boolean;
  tick: HTMLElement | null;
}

export interface ConversationSnapshot {
  loadedFrom: number;
  scrollTop: number;
  atBottom: boolean;
  unreadStart: number | null;
}

export class ConversationView {
  readonly main: HTMLElement;
  readonly scroller: HTMLElement;
  private readonly viewport: HTMLElement;
  private footer: HTMLElement;
  composer: ComposerView;
  private readonly nodes = new Map<string, MessageNode>();
  private readonly byVirt = new WeakMap<Element, MessageNode>();
  private readonly messageRows = new WeakSet<Element>();
  private io: IntersectionObserver | null = null;
  loadedFrom = 0;
  private loading = false;
  private unreadStart: number | null = null;
  private firstDivider: HTMLElement | null = null;
  private topNotices: HTMLElement[] = [];
  private destroyed = false;
  private titleSpan: HTMLElement | null = null;
  private subtitleSpan: HTMLElement | null = null;
  private subtitle = '';
  private readonly cleanup: Array<() => void> = [];

  constructor(
    private readonly ctx: Ctx,
    readonly chat: Chat,
    private readonly model: EditorModel,
  ) {
    this.main = h('div', { id: 'main', class: sx({ flex: '1', display: 'flex', 'flex-direction': 'column', 'min-width': 0, height: '100%', background: 'var(--WDS-surface-conversation)' }) });
    const header = this.header();
    this.viewport = h('div', {
      'data-tab': ctx.hook('messages', '8', '8'),
      tabindex: '-1',
      role: ctx.legacy && !ctx.removed('messages') ? 'application' : null,
      // The old list label is gone with the a11y redesign (S16): only legacy-2025 keeps it.
      'aria-label': ctx.legacy && !ctx.removed('messages') ? ctx.s.messageListLegacy : null,
      class: sx({ display: 'flex', 'flex-direction': 'column', 'padding-bottom': '8px' }),
    });
    this.scroller = h(
      'div',
      {
        'data-testid': ctx.testid('messages', 'conversation-panel-messages', 'conversation-messages'),
        'data-scrolltracepolicy': ctx.hook('messages', 'wa.web.conversation.messages', 'wa.web.conversation.message-list'),
        tabindex: '0',
        // React-style anchoring is done by hand below; the browser's own would compensate twice.
        class: sx({ flex: '1', 'overflow-y': 'auto', 'overflow-x': 'hidden', 'overflow-anchor': 'none', 'min-height': 0 }),
      },
      this.viewport,
    );
    const wrapper = h('div', { 'data-testid': ctx.testid('messages', 'conversation-panel-wrapper', 'conversation-wrapper'), class: sx({ flex: '1', display: 'flex', 'flex-direction': 'column', 'min-height': 0 }) }, this.scroller);
    this.composer = new ComposerView(ctx, chat, model, () => this.send());
    this.footer = this.composer.footer;
    this.main.append(header, wrapper, this.footer);
    layoutConversation(ctx, this.main);
    const onScroll = () => this.maybeLoadOlder();
    this.scroller.addEventListener('scroll', onScroll, { passive: true });
    this.cleanup.push(
      ctx.store.on((change) => {
        if (change.chatKey !== chat.key) return;
        if (change.kind === 'list') this.updateTitle();
        if (change.kind === 'typing' && this.subtitleSpan) {
          const text = chat.typing ? ctx.s.typing : this.subtitle;
          this.subtitleSpan.textContent = text;
          this.subtitleSpan.setAttribute('title', text);
        }
        if (!change.message) return;
        if (change.kind === 'messages') this.appendMessage(change.message);
        if (change.kind === 'ticks') this.updateTicks(change.message);
      }),
    );
  }

  private header(): HTMLElement {
    const { ctx, chat } = this;
    const { s } = ctx;
    const removed = ctx.removed('conversation-header');
    const renamed = ctx.renamed('conversation-header');
    const subtitle = (this.subtitle = chat.kind === 'group' ? [...chat.participants.map((p) => p.name), s.you].join(', ') : chat.kind === 'business' ? chat.about : s.online);
    const info = h(
      'div',
      {
        'data-testid': ctx.testid('conversation-header', 'conversation-info-header', 'chat-info'),
        role: removed ? null : 'button',
        tabindex: '0',
        class: sx({ flex: '1', display: 'flex', 'flex-direction': 'column', 'min-width': 0, cursor: 'pointer' }),
      },
      h('div', {}, (this.titleSpan = h('span', { dir: 'auto', title: removed ? null : chat.title, 'data-testid': ctx.testid('conversation-header', 'conversation-info-header-chat-title', 'chat-info-title'), class: sx({ 'font-size': '16px' }) }, chat.title))),
      h('div', { class: sx({ 'font-size': '13px', color: 'var(--WDS-content-deemphasized)', overflow: 'hidden', 'white-space': 'nowrap', 'text-overflow': 'ellipsis' }) }, (this.subtitleSpan = h('span', { title: subtitle }, subtitle))),
    );
    attachFiber(ctx, info, chat.jid, 'header');
    const label = (normal: string, other: string) => (removed ? null : renamed ? other : normal);
    const de = ctx.options.lang === 'de';
    const buttons = h(
      'div',
      { class: sx({ display: 'flex', gap: '10px' }) },
      h('button', { 'aria-label': label(s.videoCall, de ? 'Video' : 'Video'), 'data-tab': '6' }, icon(ctx.legacy ? 'video-call' : 'wds-ic-video-call')),
      h('button', { 'aria-label': label(s.search, de ? 'Im Chat suchen' : 'Search messages'), 'data-tab': '6' }, icon(ctx.legacy ? 'search' : 'wds-ic-search')),
      h('button', { 'aria-label': label(s.menu, de ? 'Weitere Optionen' : 'More options'), 'data-tab': '6', 'aria-haspopup': 'menu' }, icon(ctx.legacy ? 'menu' : 'wds-ic-more')),
    );
    const tag = removed ? 'div' : 'header';
    return h(
      tag,
      { 'data-testid': ctx.testid('conversation-header', 'conversation-header', 'chat-header'), class: sx({ display: 'flex', 'align-items': 'center', gap: '12px', height: '60px', padding: '0 16px', background: 'var(--WDS-surface-default)', 'flex-shrink': 0, 'box-sizing': 'border-box' }) },
      h('div', {}, h('img', { src: `/stage/avatar/${chat.avatar}.svg`, alt: '', draggable: 'false', class: sx({ width: '40px', height: '40px', 'border-radius': '50%' }) })),
      info,
      buttons,
    );
  }

  /** The title the header shows. */
  get shownTitle(): string {
    return this.titleSpan?.textContent ?? '';
  }

  /** A contact rename updates the open header in place (text and attribute mutations), unless the app re-mounts the pane. */
  private updateTitle(): void {
    const span = this.titleSpan;
    if (this.ctx.options.renameRemount || !span || span.textContent === this.chat.title) return;
    span.textContent = this.chat.title;
    if (span.hasAttribute('title')) span.setAttribute('title', this.chat.title);
    this.composer.retitle();
  }

  /** First render of the messages: the last ~40 (more if needed to show the unread divider). */
  renderInitial(snapshot: ConversationSnapshot | null, unreadBefore: number): void {
    const history = this.ctx.store.history(this.chat.key);
    if (snapshot) {
      this.unreadStart = snapshot.unreadStart;
      this.loadedFrom = Math.min(snapshot.loadedFrom, Math.max(0, history.length - 1));
    } else {
      this.unreadStart = unreadBefore > 0 ? history.length - unreadBefore : null;
      this.loadedFrom = Math.max(0, Math.min(history.length - PAGE, (this.unreadStart ?? history.length) - 5));
    }
    const rows = this.buildRows(history, this.loadedFrom, history.length);
    this.viewport.append(...rows);
    this.startVirtualization();
    if (snapshot && !snapshot.atBottom) this.scroller.scrollTop = snapshot.scrollTop;
    else this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  private runStart(prev: Message | null, message: Message, dividerBefore: boolean): boolean {
    return dividerBefore || !prev || prev.fromMe !== message.fromMe || (prev.author?.jid ?? '') !== (message.author?.jid ?? '');
  }

  /** Rows for history[from, to): date dividers, the unread divider, messages; notices when at the start. */
  private buildRows(history: Message[], from: number, to: number): HTMLElement[] {
    const { ctx, chat } = this;
    const rows: HTMLElement[] = [];
    if (from === 0) {
      this.topNotices = [dividerRow(ctx, ctx.s.e2e, 'system', true)];
      if (chat.kind === 'group') this.topNotices.push(dividerRow(ctx, ctx.s.groupCreated(chat.participants[0]?.name ?? ''), 'system'));
      rows.push(...this.topNotices);
    }
    let prev: Message | null = null;
    for (let i = from; i < to; i++) {
      const message = history[i];
      if (!message) continue;
      let divider = false;
      if (!prev || !sameDay(prev.time, message.time)) {
        const row = dividerRow(ctx, dividerText(ctx.s, message.time, ctx.store.now), 'date');
        if (i === from) this.firstDivider = row;
        rows.push(row);
        divider = true;
      }
      if (i === this.unreadStart) {
        rows.push(dividerRow(ctx, ctx.s.unreadDivider(history.length - i), 'unread'));
        divider = true;
      }
      rows.push(this.messageRow(message, this.runStart(prev, message, divider)));
      prev = message;
    }
    return rows;
  }

  private messageRow(message: Message, tail: boolean): HTMLElement {
    const { row, virt } = messageShell(this.ctx, this.chat, message);
    const node: MessageNode = { message, row, virt, mounted: false, tail, tick: null };
    this.nodes.set(message.id, node);
    this.messageRows.add(row);
    this.byVirt.set(virt, node);
    this.mount(node);
    this.io?.observe(virt);
    return row;
  }

  private mount(node: MessageNode): void {
    const quoted = node.message.quotedId ? this.ctx.store.findMessage(this.chat.key, node.message.quotedId) : undefined;
    const { content, tick } = messageContent(this.ctx, this.chat, node.message, { tail: node.tail }, quoted);
    node.virt.replaceChildren(content);
    node.virt.setAttribute('data-virtualized', 'false');
    node.virt.style.removeProperty('min-height');
    node.tick = tick;
    node.mounted = true;
  }

  private unmount(node: MessageNode, height: number): void {
    node.virt.setAttribute('data-virtualized', 'true');
    node.virt.style.minHeight = `${Math.round(height)}px`;
    node.virt.replaceChildren();
    node.tick = null;
    node.mounted = false;
  }

  /** CometVirtualization (A.2): far-away messages lose their children, keep their height. */
  private startVirtualization(): void {
    if (!this.ctx.options.virtualize) return;
    this.io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const node = this.byVirt.get(entry.target);
          if (!node) continue;
          if (entry.isIntersecting && !node.mounted) this.mount(node);
          else if (!entry.isIntersecting && node.mounted && entry.boundingClientRect.height > 0) this.unmount(node, entry.boundingClientRect.height);
        }
      },
      { root: this.scroller, rootMargin: '1000px 0px 1000px 0px' },
    );
    for (const node of this.nodes.values()) this.io.observe(node.virt);
  }

  private maybeLoadOlder(): void {
    if (this.loading || this.loadedFrom === 0 || this.scroller.scrollTop > 120) return;
    this.loading = true;
    // Like the real page, older messages arrive asynchronously.
    setTimeout(() => {
      this.loading = false;
      if (!this.destroyed) this.prependOlder();
    }, 50 + Math.floor(Math.random() * 100));
  }

  /** Prepends the next ~40 older messages, keeping the first visible row where it was. */
  prependOlder(): number {
    if (this.loadedFrom === 0) return 0;
    const history = this.ctx.store.history(this.chat.key);
    const oldFrom = this.loadedFrom;
    const from = Math.max(0, oldFrom - PAGE);
    const oldFirst = history[oldFrom];
    const anchor = this.firstVisibleRow();
    const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
    const oldDivider = this.firstDivider;
    const rows = this.buildRows(history, from, oldFrom);
    const lastNew = history[oldFrom - 1];
    // The old top date divider is redundant when the prepended block ends on the same day.
    if (oldDivider && lastNew && oldFirst && sameDay(lastNew.time, oldFirst.time)) oldDivider.remove();
    if (oldFirst && lastNew) {
      const node = this.nodes.get(oldFirst.id);
      const divider = !sameDay(lastNew.time, oldFirst.time) || this.unreadStart === oldFrom;
      const tail = this.runStart(lastNew, oldFirst, divider);
      if (node && node.tail !== tail) {
        node.tail = tail;
        if (node.mounted) this.mount(node);
      }
    }
    this.viewport.prepend(...rows);
    this.loadedFrom = from;
    if (anchor) this.scroller.scrollTop += anchor.getBoundingClientRect().top - anchorTop;
    return oldFrom - from;
  }

  private firstVisibleRow(): HTMLElement | null {
    const top = this.scroller.getBoundingClientRect().top;
    // Anchor on a message row: the top date divider may be removed by the prepend itself.
    for (const row of Array.from(this.viewport.children) as HTMLElement[]) {
      if (this.messageRows.has(row) && row.getBoundingClientRect().bottom > top) return row;
    }
    return null;
  }

  private appendMessage(message: Message): void {
    const history = this.ctx.store.history(this.chat.key);
    const prev = history[history.length - 2] ?? null;
    const nearBottom = this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < 150;
    const rows: HTMLElement[] = [];
    let divider = false;
    if (!prev || !sameDay(prev.time, message.time)) {
      rows.push(dividerRow(this.ctx, dividerText(this.ctx.s, message.time, this.ctx.store.now), 'date'));
      divider = true;
    }
    rows.push(this.messageRow(message, this.runStart(prev, message, divider)));
    this.viewport.append(...rows);
    if (nearBottom || message.fromMe) this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  /** Ticks upgrade in place (attribute change), or on the next mount when virtualized. */
  private updateTicks(message: Message): void {
    const node = this.nodes.get(message.id);
    if (!node?.tick) return;
    const name = tickIcon(this.ctx, message.status);
    if (name) node.tick.setAttribute('data-icon', name);
    node.tick.setAttribute('aria-label', tickLabel(this.ctx, message.status));
    const title = node.tick.querySelector('title');
    if (title && name) title.textContent = name;
  }

  private send(): void {
    const text = this.model.text().trim();
    if (!text) return;
    const hadFocus = document.activeElement === this.composer.editor;
    this.model.reset();
    this.ctx.store.sendFromUi(this.chat.key, text);
    // WhatsApp re-renders the compose box after a send (S13): a new footer, focus kept.
    this.composer.destroy();
    this.composer = new ComposerView(this.ctx, this.chat, this.model, () => this.send());
    this.footer.replaceWith(this.composer.footer);
    this.footer = this.composer.footer;
    if (hadFocus) this.composer.focus();
  }

  snapshot(): ConversationSnapshot {
    const s = this.scroller;
    return { loadedFrom: this.loadedFrom, scrollTop: s.scrollTop, atBottom: s.scrollHeight - s.scrollTop - s.clientHeight < 20, unreadStart: this.unreadStart };
  }

  isVirtualized(id: string): boolean | null {
    const node = this.nodes.get(id);
    return node ? !node.mounted : null;
  }

  destroy(): void {
    this.destroyed = true;
    this.io?.disconnect();
    this.composer.destroy();
    for (const fn of this.cleanup) fn();
  }
}
