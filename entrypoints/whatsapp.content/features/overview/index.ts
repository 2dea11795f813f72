/**
 * The overview (issue #6, point 4): one panel inside WhatsApp Web to find everything again — chats
 * still to answer and open markers (longest waiting first, overdue highlighted), all markers, notes
 * and pinned chats, filtered by label, searched with one typo-tolerant box. Opened from the button in
 * Zettel's side strip (`data-zettel-action="open-overview"`) or with Alt+Shift+O. Choosing an item opens
 * its chat, or jumps to the marked message.
 */
import type { OverviewItem, OverviewTab } from '../../../../utils/overview/items.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import { isOverviewTab, type OverviewTab as PopupList } from '../../../../utils/messaging/page-commands.ts';
import { mountInSideStrip } from '../../ui/side-strip.ts';
import { showToast } from '../chat-marks/toast.ts';
import { jumpToMessage } from '../markers/jump.ts';
import { findAndOpenChat } from '../reminders/reveal-chat.ts';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { watchOverviewData } from './overview-data.ts';
import { OverviewPanel } from './overview-panel.ts';
import { ensureOverviewButtonStyle } from './overview-styles.ts';
import { listen } from '../../ui/listen.ts';
import { handleOpenOverview } from '../page-commands/open-overview.ts';

const TOAST_MS = 5_000;
/** The panel covers the conversation side; when the chat list leaves less than this, the whole window. */
const MIN_PANEL_WIDTH = 420;

/** The popup's counts name a list; the overview shows it in its own tabs (docs/overview-contract.md). */
const TAB_FOR_POPUP_LIST: Record<PopupList, OverviewTab> = {
  'to-answer': 'open',
  overdue: 'open',
  reminders: 'open',
  markers: 'markers',
};

/** Alt+Shift+O, by key position (`code`): on a Mac, Alt+Shift+O types "Ø". */
function isOverviewShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyO';
}

export default defineFeature({
  id: 'overview',
  needs: ['chat-list'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t, log } = ctx;
    const client = getDataClient();
    const report = (error: unknown) => log.warn(error);
    /** Aborted when the panel closes: its subscriptions live only while it is open. */
    let session: AbortController | null = null;

    const openItem = ctx.guard((item: OverviewItem) => {
      panel.close();
      if (item.kind === 'marker' && item.messageId) {
        // The jump shows its own progress and notices (message or chat not found).
        jumpToMessage({ adapter, t }, item.chatKey, item.messageId, { title: item.chatTitle, signal }).catch(report);
        return;
      }
      findAndOpenChat(adapter, item.chatKey, item.chatTitle, signal)
        .then((found) => {
          if (found || signal.aborted) return;
          showToast({ message: t('overview_chat_not_found', item.chatTitle), actionLabel: t('overview_back'), onAction: open, durationMs: TOAST_MS, signal });
        })
        .catch(report);
    });

    const panel = new OverviewPanel({ t, signal, onOpenItem: openItem, onClose: () => closed() });

    const conversationLeft = (): number => {
      const list = adapter.part('chat-list');
      const right = list?.isConnected ? list.getBoundingClientRect().right : 0;
      return window.innerWidth - right >= MIN_PANEL_WIDTH ? right : 0;
    };

    function open(tab?: OverviewTab): void {
      if (panel.isOpen) return;
      session?.abort();
      const current = new AbortController();
      session = current;
      signal.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });
      panel.setSnapshot(null);
      panel.open(conversationLeft(), adapter.theme(), tab);
      button.setAttribute('aria-expanded', 'true');
      watchOverviewData(client, current.signal, ctx.guard((snapshot) => panel.setSnapshot(snapshot)), report);
    }
    const closed = () => {
      session?.abort();
      session = null;
      button.setAttribute('aria-expanded', 'false');
    };
    const toggle = ctx.guard(() => (panel.isOpen ? panel.close() : open()));

    ensureOverviewButtonStyle();
    const slot = mountInSideStrip(ctx, { slot: 'toolbar', id: 'overview', order: 10 });
    const button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'zt-side-button';
    button.dataset.zettelAction = 'open-overview';
    button.setAttribute('aria-label', t('overview_open_label'));
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.title = t('overview_open_label');
    button.textContent = `☰ ${t('overview_title')}`;
    listen(button, 'click', () => toggle(), { signal });
    slot.append(button);

    listen(
      document,
      'keydown',
      ctx.guard((event: KeyboardEvent) => {
        if (!isOverviewShortcut(event)) return;
        event.preventDefault();
        event.stopPropagation();
        toggle();
      }),
      { capture: true, signal },
    );
    // The popup's counts (features/page-commands relays them): open at the matching list.
    handleOpenOverview(
      (detail) => {
        let opened = false;
        ctx.guard(() => {
          const tab = isOverviewTab(detail.tab) ? TAB_FOR_POPUP_LIST[detail.tab] : undefined;
          if (panel.isOpen) panel.close();
          open(tab);
          opened = panel.isOpen; // "handled": the popup hears opened: true
        })();
        return opened;
      },
      signal,
    );
    listen(window, 'resize', ctx.guard(() => panel.isOpen && panel.place(conversationLeft(), adapter.theme())), { signal });
    adapter.onHealth(ctx.guard(() => panel.isOpen && panel.place(conversationLeft(), adapter.theme())), signal);
  },
});
