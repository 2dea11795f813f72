/**
 * Jump to a message (issue #6, docs/markers.md "Jump API"): opens its chat, loads older messages the
 * way WhatsApp does — the message list scrolled to its top, again and again — until the message is
 * rendered, scrolls it into view and highlights it briefly. Bounded (a message budget, and a pause
 * without new messages ends it), with progress, cancel, and a clear notice when the message is gone.
 *
 * Used by the overview's lists (they import this module) and by the test bridge.
 */
import { chatKeyFromTitle, jidOf, type ChatKey } from '../../../../utils/chat-key.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { normaliseMessageId } from '../../../../utils/whatsapp/message-id.ts';
import { findMessageWrapper, historyStartShown, isMessageMounted, loadedMessageCount, messageScroller } from '../../../../utils/whatsapp/message-actions.ts';
import type { Translate } from '../flags/waiting-age.ts';
import { findAndOpenChat, until } from '../reminders/reveal-chat.ts';
import { JumpStatusView } from './jump-status.ts';
import { ensureMarkersStyle } from './styles.ts';

export interface JumpContext {
  adapter: WhatsAppAdapter;
  t: Translate;
}

export type JumpStatus = 'found' | 'not-found' | 'gave-up' | 'chat-not-found' | 'cancelled';

export interface JumpProgress {
  phase: 'opening' | 'searching' | 'scrolling';
  /** Messages of the chat loaded (rendered) so far. */
  loaded: number;
  /** Pages of older messages that arrived. */
  pages: number;
}

export interface JumpOptions {
  /** The chat's title when known (a `jid:` key alone cannot be searched for in the chat list). */
  title?: string | null;
  signal?: AbortSignal;
  onProgress?(progress: JumpProgress): void;
  /** Stop ("gave-up") once this many messages are loaded without finding it. Default 20,000. */
  maxMessages?: number;
  /** Show the status line (progress, cancel, notices). Default true. */
  showStatus?: boolean;
}

export interface JumpResult {
  status: JumpStatus;
  loaded: number;
  pages: number;
  /** The message's wrapper, when found (valid until WhatsApp re-renders it). */
  element: HTMLElement | null;
}

const DEFAULT_MAX_MESSAGES = 20_000;
/** No new messages for this long after reaching the top: the history has ended. */
const IDLE_MS = 6_000;
/** …or this long when the first row is the chat's opening notice. */
const IDLE_AT_START_MS = 800;
const OPEN_WAIT_MS = 6_000;
const MOUNT_WAIT_MS = 2_000;
const HIGHLIGHT_MS = 2_600;
export const HIGHLIGHT_ATTRIBUTE = 'data-zt-jump-highlight';

/** A frame, or 50 ms in a background tab where frames stop. */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function titleKey(title: string | null | undefined): ChatKey | null {
  try {
    return title && title.trim() ? chatKeyFromTitle(title) : null;
  } catch {
    return null;
  }
}

/** Whether the open chat is this one (its key, its JID, or its title). */
export function isChatOpen(adapter: WhatsAppAdapter, chatKey: ChatKey, title: string | null): boolean {
  const chat = adapter.currentChat();
  if (!chat) return false;
  if (chat.key === chatKey) return true;
  const jid = jidOf(chatKey);
  if (jid && (chat.jid === jid || jidOf(chat.key) === jid)) return true;
  const wanted = titleKey(title) ?? (chatKey.startsWith('title:') ? chatKey : null);
  return wanted !== null && titleKey(chat.title) === wanted;
}

/** The chat's last known title: from a `title:` key, else from the chats Zettel remembers. */
async function titleOf(chatKey: ChatKey, given: string | null | undefined): Promise<string | null> {
  if (given) return given;
  if (chatKey.startsWith('title:')) return chatKey.slice('title:'.length);
  try {
    const chats = await getDataClient().request('listChats');
    return chats.find((chat) => chat.key === chatKey)?.title ?? null;
  } catch {
    return null;
  }
}

let running: AbortController | null = null;
const views = new WeakMap<Document, JumpStatusView>();

function statusView(adapter: WhatsAppAdapter, t: Translate): JumpStatusView {
  const doc = adapter.part('app-shell')?.ownerDocument ?? document;
  let view = views.get(doc);
  if (!view) {
    view = new JumpStatusView(doc, t);
    views.set(doc, view);
  }
  view.t = t;
  return view;
}

/**
 * Opens `chatKey`'s chat and brings the message `messageId` (raw or normalised) into view. A new jump
 * cancels one still running. Never throws for a missing chat or message: the result says what happened.
 */
export async function jumpToMessage(ctx: JumpContext, chatKey: ChatKey, messageId: string, options: JumpOptions = {}): Promise<JumpResult> {
  const { adapter, t } = ctx;
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const signal = controller.signal;
  const stopWithCaller = () => controller.abort();
  options.signal?.addEventListener('abort', stopWithCaller, { once: true });
  if (options.signal?.aborted) controller.abort();
  ensureMarkersStyle();
  const view = options.showStatus === false ? null : statusView(adapter, t);
  const id = normaliseMessageId(messageId);
  const max = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  let loaded = 0;
  let pages = 0;
  const progress = (phase: JumpProgress['phase']) => options.onProgress?.({ phase, loaded, pages });
  const finish = (status: JumpStatus, element: HTMLElement | null = null): JumpResult => {
    if (status === 'found') view?.hide();
    else if (status === 'cancelled') view?.notice('cancelled', t('markers_jump_cancelled'));
    else if (status === 'chat-not-found') view?.notice('chat-not-found', t('markers_jump_chat_not_found'));
    else if (status === 'gave-up') view?.notice('gave-up', t('markers_jump_gave_up', String(loaded)));
    else view?.notice('not-found', t('markers_jump_not_found'));
    return { status, loaded, pages, element };
  };

  try {
    view?.progress('opening', t('markers_jump_opening'), () => controller.abort());
    progress('opening');
    const title = await titleOf(chatKey, options.title);
    if (signal.aborted) return finish('cancelled');
    const open = () => isChatOpen(adapter, chatKey, title);
    if (!open()) {
      const pressed = await findAndOpenChat(adapter, chatKey, title, signal);
      if (signal.aborted) return finish('cancelled');
      if (!pressed || !(await until(open, OPEN_WAIT_MS, signal))) return finish(signal.aborted ? 'cancelled' : 'chat-not-found');
    }
    const region = () => adapter.part('messages');
    // The messages follow the header (whatsapp-dom.md S17): wait until some are rendered.
    await until(() => {
      const scope = region();
      return scope !== null && loadedMessageCount(scope) > 0;
    }, OPEN_WAIT_MS, signal);

    let lastCount = -1;
    let quietSince = Date.now();
    let wrapper: HTMLElement | null = null;
    for (;;) {
      if (signal.aborted || !open()) return finish('cancelled');
      const scope = region();
      if (scope) {
        wrapper = findMessageWrapper(scope, id);
        if (wrapper) break;
        loaded = loadedMessageCount(scope);
        if (loaded > lastCount) {
          if (lastCount >= 0) pages += 1;
          lastCount = loaded;
          quietSince = Date.now();
          view?.progress('searching', t('markers_jump_searching', String(loaded)), () => controller.abort());
          progress('searching');
        }
        if (loaded >= max) return finish('gave-up');
        const quietFor = Date.now() - quietSince;
        if (quietFor > (historyStartShown(scope) ? IDLE_AT_START_MS : IDLE_MS)) {
          const scroller = messageScroller(scope);
          if (scroller) scroller.scrollTop = scroller.scrollHeight; // back where a chat opens: the newest messages
          return finish('not-found');
        }
        // Reaching the top is what makes WhatsApp fetch the next older page.
        const scroller = messageScroller(scope);
        if (scroller) scroller.scrollTop = scroller.scrollTop === 0 && quietFor > 300 ? 1 : 0;
      }
      await tick();
    }

    progress('scrolling');
    wrapper.scrollIntoView({ block: 'center' });
    await until(() => wrapper !== null && wrapper.isConnected && isMessageMounted(wrapper), MOUNT_WAIT_MS, signal);
    if (signal.aborted) return finish('cancelled');
    // Older pages may have arrived above it meanwhile; centre it once more.
    wrapper.scrollIntoView({ block: 'center' });
    highlight(wrapper);
    return finish('found', wrapper);
  } finally {
    options.signal?.removeEventListener('abort', stopWithCaller);
    if (running === controller) running = null;
  }
}

/** Flashes the message and gives it the keyboard focus (its wrapper is focusable), without scrolling. */
function highlight(wrapper: HTMLElement): void {
  wrapper.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  setTimeout(() => wrapper.removeAttribute(HIGHLIGHT_ATTRIBUTE), HIGHLIGHT_MS);
  if (wrapper.hasAttribute('tabindex')) wrapper.focus({ preventScroll: true });
}

/** Cancels the running jump, if any. */
export function cancelJump(): void {
  running?.abort();
}
