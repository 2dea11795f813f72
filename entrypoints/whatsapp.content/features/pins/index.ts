/**
 * Unlimited pins (issue #7): pin as many chats as wanted, in one's own order, beside WhatsApp's three
 * native pins (which stay untouched). Pin or unpin from the conversation header, a row's hover action
 * or Alt+Shift+P; the pins bar in Zettel's side strip opens a pinned chat even when its row is far
 * down the virtualized list (WhatsApp's own search, put back afterwards), says so when the chat is
 * gone and offers to unpin it. Reorder by drag or Alt+↑/↓.
 */
import { type ChatKey } from '../../../../utils/chat-key.ts';
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { mountInSideStrip } from '../../ui/side-strip.ts';
import { clearHeaderSlot, watchHeader } from '../chat-marks/header-marks.ts';
import { startChatMarks } from '../chat-marks/feature-setup.ts';
import { applyTheme } from '../chat-marks/styles.ts';
import { findAndOpenChat } from '../reminders/reveal-chat.ts';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { renderHeaderPin } from './header-pin.ts';
import { setChatPinned, storedPinKeys, type ChatRef } from './pin-actions.ts';
import { pinViews, type PinView } from './pin-views.ts';
import { PinsBar } from './pins-bar.ts';
import { usePins } from './pins-store.ts';
import { moveKey, sameOrder } from './reorder.ts';
import { clearRowPins, renderRowPin } from './row-pin.ts';
import { onPinShortcut } from './shortcut.ts';
import { ensurePinsStyle } from './styles.ts';
import { UnreadMemory } from './unread-memory.ts';

export { setChatPinned, type ChatRef } from './pin-actions.ts';
export { usePins } from './pins-store.ts';

/** Unread badges change inside rows that are not re-reported; the rendered rows are re-read this often. */
const UNREAD_REFRESH_MS = 2_000;
const THEME_READ_MS = 500;
/** Flag ages in the bar are minutes at best. */
const AGE_REFRESH_MS = 60_000;

export default defineFeature({
  id: 'pins',
  // The bar lives above the chat list; header and row controls render when those parts are there.
  needs: ['chat-list'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t } = ctx;
    const { client, report, store: marks } = startChatMarks(ctx);
    const pins = usePins(signal, report);
    ensurePinsStyle();
    const unread = new UnreadMemory();
    /** The order shown after a move, until the stored order catches up (no flicker between writes). */
    let localOrder: ChatKey[] | null = null;

    const storedOrder = (): ChatKey[] => pins.current().map((pin) => pin.chatKey);
    const shownOrder = (): ChatKey[] => {
      const stored = storedOrder();
      if (localOrder && (sameOrder(localOrder, stored) || localOrder.length !== stored.length || !stored.every((key) => localOrder!.includes(key)))) localOrder = null;
      return localOrder ?? stored;
    };
    const keysOf = (chat: ChatRef): ChatKey[] => storedPinKeys(chat, (key) => pins.has(key), marks.current());
    const isPinned = (chat: ChatRef): boolean => keysOf(chat).length > 0;
    const views = (): PinView[] => pinViews(shownOrder(), marks.current(), (title) => unread.get(title), adapter.currentChat());
    const titleOf = (key: ChatKey): string => views().find((view) => view.key === key)?.title ?? key;

    const toggle = async (chat: ChatRef): Promise<void> => {
      const pinned = isPinned(chat);
      await setChatPinned(client, chat, !pinned, marks.current());
      bar.announce(pinned ? t('pins_unpinned', chat.title) : t('pins_pinned', chat.title));
    };

    const move = (key: ChatKey, toIndex: number, via: 'drag' | 'keyboard') => {
      const next = moveKey(shownOrder(), key, toIndex);
      localOrder = next;
      renderBar();
      if (via === 'keyboard') bar.focus(key);
      bar.announce(t('pins_moved', [titleOf(key), String(next.indexOf(key) + 1), String(next.length)]));
      client.request('reorderPins', { chatKeys: next }).catch((error: unknown) => {
        report(error);
        localOrder = null;
        renderBar();
        bar.announce(t('pins_moveFailed'));
      });
    };

    /** One search at a time: a second one would take the first one's title for the user's text and "restore" it. */
    let opening = false;
    const open = async (key: ChatKey) => {
      if (opening) return;
      opening = true;
      const title = titleOf(key);
      bar.showMissing(null);
      bar.setBusy(key, true);
      try {
        const found = await findAndOpenChat(adapter, key, title, signal);
        if (!found && !signal.aborted) bar.showMissing({ key, title });
      } finally {
        opening = false;
        bar.setBusy(key, false);
      }
    };

    const host = mountInSideStrip(ctx, { slot: 'pins', id: 'pins', order: 10 });
    const bar = new PinsBar(
      host,
      t,
      {
        open: (key) => void open(key).catch(report),
        unpin: (key) => {
          const title = titleOf(key);
          setChatPinned(client, { key, title }, false, marks.current())
            .then(() => bar.announce(t('pins_unpinned', title)))
            .catch(report);
        },
        move,
        toggleCollapsed: () => {
          const collapsed = marks.current().settings?.['pins.collapsed'] === true;
          client.request('updateSetting', { key: 'pins.collapsed', value: !collapsed }).catch(report);
        },
        redraw: () => renderBar(),
      },
      signal,
    );

    function renderBar(): void {
      const data = marks.current();
      bar.render({
        views: views(),
        collapsed: data.settings?.['pins.collapsed'] === true,
        overdueAfterHours: data.settings?.['flags.overdueAfterHours'],
        now: Date.now(),
      });
    }

    const toggleRow = ctx.guard((rowElement: HTMLElement) => {
      // The chat the row shows NOW (the element may have been recycled since it was rendered).
      const row = adapter.rows().find((candidate) => candidate.element === rowElement);
      if (row) toggle({ key: row.key, title: row.title }).catch(report);
    });
    const renderRows = (rows: readonly RowInfo[]) => {
      for (const row of rows) renderRowPin(row, isPinned(row), t, toggleRow);
    };

    const toggleOpenChat = () => {
      const chat = adapter.currentChat();
      if (chat) toggle({ key: chat.key, title: chat.title }).catch(report);
    };
    const renderHeader = watchHeader(
      adapter,
      signal,
      ctx.guard(() => renderHeaderPin(adapter, isPinned, t, toggleOpenChat)),
    );

    let themeReadAt = 0;
    adapter.onRows(
      (rows) => {
        renderRows(rows);
        // A re-render (theme switch) reports rows: the theme is read again then — at most twice a
        // second, as reading it may cost a style computation while the list scrolls.
        if (Date.now() - themeReadAt > THEME_READ_MS) {
          themeReadAt = Date.now();
          applyTheme(adapter.theme());
        }
        if (unread.update(rows, isPinned)) renderBar();
      },
      signal,
    );
    adapter.onConversation(
      ctx.guard(({ chat }) => {
        // Opening a chat clears WhatsApp's unread count for it.
        if (chat) unread.clear(chat.title);
        renderBar();
      }),
      signal,
    );
    const renderAll = ctx.guard(() => {
      const rows = adapter.rows();
      renderRows(rows);
      unread.update(rows, isPinned); // a chat pinned just now shows its count at once
      renderHeader();
      renderBar();
    });
    marks.onChange(renderAll, signal);
    pins.onChange(renderAll, signal);
    onPinShortcut(signal, ctx.guard(toggleOpenChat));
    const unreadTimer = setInterval(
      ctx.guard(() => {
        applyTheme(adapter.theme());
        const current = adapter.currentChat();
        const changed = unread.update(adapter.rows(), isPinned);
        if ((current && unread.clear(current.title)) || changed) renderBar();
      }),
      UNREAD_REFRESH_MS,
    );
    const ageTimer = setInterval(ctx.guard(renderBar), AGE_REFRESH_MS);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(unreadTimer);
        clearInterval(ageTimer);
        clearRowPins(document);
        clearHeaderSlot(document, 'pin');
      },
      { once: true },
    );
    applyTheme(adapter.theme());
    renderAll();
  },
});
