/**
 * Puts the views together and owns the lifecycle: first render, chat switching (a new `#main` per
 * chat, header before messages), full re-render (every node under #app replaced, state kept).
 */
import { sx } from './atoms.ts';
import { ChatListView } from './chatlist.ts';
import { EditorModel } from './composer.ts';
import type { Ctx } from './context.ts';
import { ConversationView, type ConversationSnapshot } from './conversation.ts';
import { layoutShell, watchReclass } from './layout.ts';
import { buildShell, introPanel, type ShellParts } from './shell.ts';
import { applyTheme } from './theme.ts';

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

export class App {
  list!: ChatListView;
  conversation: ConversationView | null = null;
  private shell!: ShellParts;
  private readonly models = new Map<string, EditorModel>();
  private openToken = 0;
  /** Resolves when the messages of the chat being opened have rendered. */
  private pendingOpen: Promise<void> = Promise.resolve();

  constructor(
    readonly ctx: Ctx,
    readonly root: HTMLElement,
  ) {
    ctx.openChatFromUi = (key) => this.openChat(key);
    watchReclass(ctx, root);
    ctx.store.on((change) => {
      if (change.kind === 'list') this.updateTitle();
      if (change.kind === 'open' && ctx.store.openKey === null && this.conversation) this.closeConversation();
      const open = this.conversation;
      if (change.kind === 'list' && ctx.options.renameRemount && open && change.chatKey === open.chat.key && open.shownTitle !== open.chat.title) this.remountConversation();
    });
  }

  model(key: string): EditorModel {
    let model = this.models.get(key);
    if (!model) {
      model = new EditorModel();
      this.models.set(key, model);
    }
    return model;
  }

  private updateTitle(): void {
    const n = this.ctx.store.unreadChats();
    const title = n > 0 ? `(${n}) WhatsApp` : 'WhatsApp';
    if (document.title !== title) document.title = title;
  }

  /** Builds everything below #app from the state. */
  render(snapshot: ConversationSnapshot | null = null): void {
    const { ctx } = this;
    document.documentElement.lang = ctx.options.lang;
    applyTheme(ctx.options.theme);
    this.root.id = ctx.hook('app-shell', 'app', 'app-root') ?? '';
    if (!this.root.id) this.root.removeAttribute('id');
    this.list = new ChatListView(ctx);
    this.shell = buildShell(ctx, {
      pane: this.list.pane,
      onSearch: (text) => {
        ctx.store.setSearch(text);
        this.list.pane.scrollTop = 0;
        this.list.refresh();
      },
      onFilter: (filter) => {
        ctx.store.filter = filter;
        // Switching a filter rebuilds the whole pane (whatsapp-dom.md §2.2).
        this.rerender();
      },
    });
    this.root.className = sx({ height: '100%', width: '100%', overflow: 'hidden' });
    this.root.replaceChildren(this.shell.two);
    layoutShell(ctx, this.shell.two);
    this.list.refresh();
    const key = ctx.store.openKey;
    const chat = key ? ctx.store.chat(key) : undefined;
    if (chat) {
      this.conversation = new ConversationView(ctx, chat, this.model(chat.key));
      this.shell.right.replaceChildren(this.conversation.main);
      this.conversation.renderInitial(snapshot, 0);
    } else this.shell.right.replaceChildren(introPanel(ctx));
    this.updateTitle();
  }

  /** Every node under #app replaced by a new one; open chat, scroll position and drafts kept. */
  rerender(): void {
    const snapshot = this.conversation?.snapshot() ?? null;
    const focused = this.conversation !== null && document.activeElement === this.conversation.composer.editor;
    this.list.destroy();
    this.conversation?.destroy();
    this.conversation = null;
    this.render(snapshot);
    // render() assigned a new view; TypeScript's narrowing still believes the null above.
    const reopened = this.conversation as ConversationView | null;
    if (focused) reopened?.composer.focus();
  }

  openChat(key: string): Promise<void> {
    const { store } = this.ctx;
    const chat = store.chat(key);
    if (!chat) return Promise.reject(new Error(`no chat ${key}`));
    if (store.openKey === key && this.conversation) return this.pendingOpen;
    const token = ++this.openToken;
    const unreadBefore = chat.unread;
    this.conversation?.destroy();
    store.open(key);
    const view = new ConversationView(this.ctx, chat, this.model(key));
    this.conversation = view;
    // A new #main node per chat; the header is there a frame before the messages (S17).
    this.shell.right.replaceChildren(view.main);
    this.pendingOpen = nextFrame().then(() => {
      if (token !== this.openToken || this.conversation !== view) return;
      view.renderInitial(null, unreadBefore);
      store.markRead(key);
    });
    return this.pendingOpen;
  }

  /**
   * Option renameRemount: a renamed open contact gets a new #main, like opening a chat (header first,
   * the same messages a frame later), scroll position and draft kept.
   */
  private remountConversation(): void {
    const old = this.conversation;
    if (!old) return;
    const snapshot = old.snapshot();
    const focused = document.activeElement === old.composer.editor;
    const token = ++this.openToken;
    old.destroy();
    const view = new ConversationView(this.ctx, old.chat, this.model(old.chat.key));
    this.conversation = view;
    this.shell.right.replaceChildren(view.main);
    this.pendingOpen = nextFrame().then(() => {
      if (token !== this.openToken || this.conversation !== view) return;
      view.renderInitial(snapshot, 0);
      if (focused) view.composer.focus();
    });
  }

  private closeConversation(): void {
    this.conversation?.destroy();
    this.conversation = null;
    this.shell.right.replaceChildren(introPanel(this.ctx));
  }

  whenSettled(): Promise<void> {
    return this.pendingOpen;
  }
}
