/**
 * Per-message markers (issue #6, docs/markers.md): mark any message — incoming or outgoing — with a
 * color/label and a short note from the action that appears on hover and keyboard focus; the marker
 * shows inside the message, survives reloads, re-renders and WhatsApp's unmounting of far-away
 * messages, and is resolved ("erledigt") from the message. A chat with open markers counts as still
 * to answer: its chat-list row shows the marker badge beside the flag (pressing it jumps to the oldest
 * open marker). `jump.ts` brings a marked message back into view from anywhere (the overview uses it).
 */
import { defineFeature, type FeatureContext } from '../registry.ts';
import type { MarkerRecord } from '../../../../utils/messaging/protocol.ts';
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import type { CurrentChat } from '../../../../utils/whatsapp/identity.ts';
import { messageWrappers, type MessageSnapshot } from '../../../../utils/whatsapp/messages.ts';
import { startChatMarks } from '../chat-marks/feature-setup.ts';
import { chatKeyCandidates } from '../chat-marks/live-data.ts';
import { applyTheme } from '../chat-marks/styles.ts';
import { cancelJump, jumpToMessage } from './jump.ts';
import { MarkerData } from './marker-data.ts';
import { markInput, type MarkChoice } from './marker-info.ts';
import { MarkerMenu } from './marker-menu.ts';
import { removeAllChips, renderChips, startRoamingAction, type ChipHandlers } from './message-marks.ts';
import { removeRowMarkers, renderRowMarker } from './row-badge.ts';
import { ensureMarkersStyle } from './styles.ts';

export default defineFeature({
  id: 'markers',
  // Marks live in the open chat's messages; the row badge simply waits for rows.
  needs: ['messages'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t } = ctx;
    // The identity sync it starts also moves title-keyed markers to the chat's JID.
    const { client, report, store: marks } = startChatMarks(ctx);
    ensureMarkersStyle();
    const data = new MarkerData(client, report);
    data.start();
    const menu = new MarkerMenu(document, t, signal);
    /** The last reading of each message wrapper (the wrapper outlives its unmounted content). */
    const snapshots = new WeakMap<Element, MessageSnapshot>();

    const syncChat = () => {
      const chat = adapter.currentChat();
      data.setChat(chat ? chatKeyCandidates(chat.key, chat.title, marks.current()) : []);
    };

    const factsOf = (messageId: string): MessageSnapshot | null => {
      for (const wrapper of messageWrappers(adapter.part('messages') ?? document)) {
        const known = snapshots.get(wrapper);
        if (known?.id === messageId && !known.virtualized) return known;
      }
      return adapter.messages().find((message) => message.id === messageId) ?? null;
    };

    const save = (chat: CurrentChat, messageId: string, choice: MarkChoice, existing: MarkerRecord | null) => {
      if (existing) {
        client.request('updateMarker', { chatKey: existing.chatKey, messageId, color: choice.color, note: choice.note.trim() }).catch(report);
        return;
      }
      const facts = factsOf(messageId) ?? { id: messageId, text: '', prePlainText: null, direction: 'unknown' as const };
      client.request('markMessage', markInput({ key: chat.key, title: chat.title }, facts, choice, t('markers_sender_you'))).catch(report);
    };
    const key = (marker: MarkerRecord) => ({ chatKey: marker.chatKey, messageId: marker.messageId });
    const toggle = (marker: MarkerRecord) => {
      const op = marker.status === 'open' ? 'resolveMarker' : 'reopenMarker';
      client.request(op, key(marker)).catch(report);
    };

    const openMenu = ctx.guard((messageId: string, anchor: HTMLElement) => {
      const chat = adapter.currentChat();
      if (!chat) return;
      const existing = data.currentChat().get(messageId) ?? null;
      menu.open({
        anchor,
        existing,
        labels: marks.current().labels,
        onSave: (choice) => save(chat, messageId, choice, existing),
        onResolve: () => existing && client.request('resolveMarker', key(existing)).catch(report),
        onReopen: () => existing && client.request('reopenMarker', key(existing)).catch(report),
        onRemove: () => existing && client.request('unmarkMessage', key(existing)).catch(report),
      });
    });
    const handlers: ChipHandlers = { t, onEdit: (id, anchor) => openMenu(id, anchor), onToggle: ctx.guard(toggle) };

    const roaming = startRoamingAction(document, {
      t,
      signal,
      region: () => adapter.part('messages'),
      direction: (wrapper) => snapshots.get(wrapper)?.direction ?? 'unknown',
      isMarked: (id) => data.currentChat().has(id),
      onPress: (_wrapper, id, button) => (menu.isOpenFor(button) ? menu.close(true) : openMenu(id, button)),
    });

    const renderMessages = (wrappers: Iterable<HTMLElement>) => renderChips(wrappers, data.currentChat(), marks.current().labels, handlers);
    const renderAllMessages = () => {
      const region = adapter.part('messages');
      if (region) renderMessages(messageWrappers(region));
      roaming.refresh();
    };
    /** The row's badge: jump to the oldest open marker of the chat the row shows NOW (rows are recycled). */
    const jumpFromRow = ctx.guard((rowElement: HTMLElement) => {
      const row = adapter.rows().find((candidate) => candidate.element === rowElement);
      if (!row) return;
      const [oldest] = data.openMarkers(chatKeyCandidates(row.key, row.title, marks.current())).sort((a, b) => a.createdAt - b.createdAt);
      if (oldest) void jumpToMessage(ctx, oldest.chatKey, oldest.messageId, { title: row.title }).catch(report);
    });
    const renderRows = (rows: Iterable<RowInfo>) => {
      const current = marks.current();
      for (const row of rows) renderRowMarker(row, data, current, t, jumpFromRow);
    };
    const renderAllRows = () => renderRows(adapter.rows());

    adapter.onMessages((messages) => {
      for (const message of messages) snapshots.set(message.element, message);
      // WhatsApp re-created content (mount, re-render): marks go back in; unmounted ones wait.
      renderMessages(messages.filter((message) => !message.virtualized).map((message) => message.element));
      roaming.followRerender();
    }, signal);
    adapter.onConversation(({ chat, previous }) => {
      if (chat?.key !== previous?.key) menu.close(false);
      syncChat();
      applyTheme(adapter.theme());
    }, signal);
    adapter.onRows(renderRows, signal);
    data.onChange(
      ctx.guard(() => {
        renderAllMessages();
        renderAllRows();
      }),
      signal,
    );
    marks.onChange(
      ctx.guard(() => {
        syncChat(); // a JID learned for the title adds a key
        renderAllMessages();
        renderAllRows();
      }),
      signal,
    );
    syncChat();
    signal.addEventListener(
      'abort',
      () => {
        cancelJump();
        data.stop();
        removeAllChips(document);
        removeRowMarkers(document);
      },
      { once: true },
    );
  },
});
