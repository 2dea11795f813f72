/**
 * window.__stage: the test API of the stage (docs/stage.md). Answers come from the stage's state, not
 * from the DOM, so tests can compare what an adapter reads with the truth.
 */
import type { App } from './app.ts';
import { PARTS, type DriftMode, type Part } from './context.ts';
import type { ChatKind } from './data.ts';
import { LAYOUTS, layoutOf, setLayoutOf, type Layout } from './layout.ts';
import { dataIdOf } from './message.ts';
import type { ResolvedStageOptions, StageLanguage, StageTheme } from './options.ts';

export interface StageChatInfo {
  key: string;
  jid: string;
  title: string;
  kind: ChatKind;
  unread: number;
  /** Position in the current list order (pins first, then by last activity; search/filter applied). */
  index: number;
}

export interface StageMessageInfo {
  id: string;
  dataId: string;
  fromMe: boolean;
  text: string;
  author?: string;
  time: number;
  kind: 'text' | 'image' | 'voice' | 'document';
}

export interface StageApi {
  ready: Promise<void>;
  options: ResolvedStageOptions;
  /** Key of the designated big chat (its history has bigChatMessages messages). */
  bigChatKey: string;
  chats(): StageChatInfo[];
  openChat(key: string): Promise<void>;
  currentChat(): { key: string; jid: string; title: string } | null;
  receiveMessage(key: string, text: string, opts?: { author?: string; quoted?: string }): string;
  renameContact(key: string, newTitle: string): void;
  deleteChat(key: string): void;
  rerender(): void;
  setLanguage(lang: StageLanguage): void;
  setTheme(theme: StageTheme): void;
  drift(part: Part, mode: DriftMode): void;
  resetDrift(): void;
  drifts(): Record<string, DriftMode>;
  composer(): { modelText: string; domText: string; hasSendButton: boolean } | null;
  rowTruth(): Array<{ top: number; key: string; title: string }>;
  messages(key: string): StageMessageInfo[];
  sent(): Array<{ key: string; text: string }>;
  /** Loads the next page of older messages in the open chat now (as scrolling to the top does). */
  loadOlder(): number;
  /** Whether the open chat's message `id` is currently virtualized (null: not rendered at all). */
  isVirtualized(id: string): boolean | null;
  /** How many messages of the open chat are rendered (loaded), virtualized or not. */
  loadedCount(): number;
  /**
   * Renames chats in list order to the given titles (hostile-input tests: any string, HTML-looking or
   * not, is rendered as text). `kind` limits it to one kind of chat. Returns the keys, one per title
   * (fewer when there are fewer chats).
   */
  renameMany(titles: readonly string[], opts?: { kind?: ChatKind }): string[];
  /** Receives one message per text in a chat; in groups each from `authors[i]` (any string) when given. Returns the ids. */
  receiveMany(key: string, texts: readonly string[], opts?: { authors?: readonly string[] }): string[];
  /** Layout drift (docs/stage.md): 'reorder' | 'renest' | 'reclass', or null for the normal DOM; re-renders. Not kept over a reload. */
  setLayout(layout: Layout | null): void;
  layout(): Layout | null;
}

/** Keeps an option in the URL so a reload keeps it. */
function persist(name: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

export function createApi(app: App, ready: Promise<void>): StageApi {
  const { ctx } = app;
  const { store } = ctx;
  const requireChat = (key: string) => {
    const chat = store.chat(key);
    if (!chat) throw new Error(`__stage: no chat with key ${key}`);
    return chat;
  };
  return {
    ready,
    options: ctx.options,
    bigChatKey: store.bigChatKey,
    chats: () => store.visible().map((c, index) => ({ key: c.key, jid: c.jid, title: c.title, kind: c.kind, unread: c.unread, index })),
    openChat: (key) => app.openChat(requireChat(key).key),
    currentChat: () => {
      const chat = store.openKey ? store.chat(store.openKey) : undefined;
      return chat ? { key: chat.key, jid: chat.jid, title: chat.title } : null;
    },
    receiveMessage: (key, text, opts) => store.receive(requireChat(key).key, text, opts),
    renameContact: (key, title) => {
      const chatKey = requireChat(key).key;
      // Kept in the URL, so a reload shows the new name (as WhatsApp would after the office saved the contact).
      ctx.options.renames[chatKey] = title;
      persist('renames', JSON.stringify(ctx.options.renames));
      store.rename(chatKey, title);
    },
    deleteChat: (key) => store.delete(requireChat(key).key),
    rerender: () => app.rerender(),
    setLanguage: (lang) => {
      ctx.options.lang = lang === 'en' ? 'en' : 'de';
      persist('lang', ctx.options.lang);
      app.rerender();
    },
    setTheme: (theme) => {
      ctx.options.theme = theme === 'dark' ? 'dark' : 'light';
      persist('theme', ctx.options.theme);
      app.rerender();
    },
    drift: (part, mode) => {
      if (!(PARTS as readonly string[]).includes(part)) throw new Error(`__stage.drift: unknown part ${part}`);
      if (mode !== 'remove' && mode !== 'rename') throw new Error(`__stage.drift: unknown mode ${String(mode)}`);
      ctx.drifts.set(part, mode);
      app.rerender();
    },
    resetDrift: () => {
      ctx.drifts.clear();
      app.rerender();
    },
    drifts: () => Object.fromEntries(ctx.drifts),
    composer: () => {
      const composer = app.conversation?.composer;
      if (!composer) return null;
      return { modelText: composer.model.text(), domText: composer.domText(), hasSendButton: composer.hasSendButton() };
    },
    rowTruth: () => app.list.rowTruth(),
    messages: (key) => {
      const chat = requireChat(key);
      return store.history(chat.key).map((m) => ({
        id: m.id,
        dataId: dataIdOf(ctx, chat, m),
        fromMe: m.fromMe,
        text: m.text,
        ...(m.author ? { author: m.author.name } : {}),
        time: m.time,
        kind: m.kind,
      }));
    },
    sent: () => store.sent.map((s) => ({ ...s })),
    loadOlder: () => app.conversation?.prependOlder() ?? 0,
    isVirtualized: (id) => app.conversation?.isVirtualized(id) ?? null,
    loadedCount: () => (app.conversation ? store.history(app.conversation.chat.key).length - app.conversation.loadedFrom : 0),
    renameMany: (titles, opts) => {
      const chats = store.ordered().filter((c) => !opts?.kind || c.kind === opts.kind);
      return titles.slice(0, chats.length).map((title, i) => {
        store.rename(chats[i]!.key, title);
        return chats[i]!.key;
      });
    },
    setLayout: (layout) => {
      if (layout !== null && !(LAYOUTS as readonly string[]).includes(layout)) throw new Error(`__stage.setLayout: unknown layout ${String(layout)}`);
      setLayoutOf(ctx, layout);
      app.rerender();
    },
    layout: () => layoutOf(ctx),
    receiveMany: (key, texts, opts) =>
      texts.map((text, i) => store.receive(requireChat(key).key, text, opts?.authors?.[i] === undefined ? {} : { author: opts.authors[i] })),
  };
}
