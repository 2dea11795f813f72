/**
 * "Noch antworten" / "Still to answer" (issue #3): flag a chat from the conversation header, from a
 * row's hover action or with the keyboard shortcut; flagged rows show a badge with the waiting age,
 * overdue past the threshold in settings, due after a reminder fired; sending a message clears the
 * flag (setting, with undo).
 */
import { defineFeature, type FeatureContext } from '../registry.ts';
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { clearHeaderSlot, watchHeader } from '../chat-marks/header-marks.ts';
import { startChatMarks } from '../chat-marks/feature-setup.ts';
import { clearRowSlots } from '../chat-marks/row-marks.ts';
import { applyTheme } from '../chat-marks/styles.ts';
import { showToast } from '../chat-marks/toast.ts';
import { watchOwnSends } from './auto-clear.ts';
import { onToggleFlagCommand } from './command.ts';
import { restoreFlags, storedFlags, toggleFlag, unflagChat, type ChatRef } from './flag-actions.ts';
import { renderHeaderToggle } from './header-toggle.ts';
import { renderRowFlag, type RowFlagContext } from './row-badges.ts';

/** Waiting ages are in minutes at best: one refresh a minute keeps them right. */
const AGE_REFRESH_MS = 60_000;
const UNDO_MS = 6_000;

export default defineFeature({
  id: 'flags',
  // The header controls simply do not render while the header is not recognised; the rows still work.
  needs: ['chat-rows'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t } = ctx;
    const { client, report, store } = startChatMarks(ctx);

    const toggle = (chat: ChatRef): Promise<'flagged' | 'unflagged'> => toggleFlag(client, chat, store.current());
    const toggleRow = ctx.guard((rowElement: HTMLElement) => {
      // The chat the row shows NOW (the element may have been recycled since it was rendered).
      const row = adapter.rows().find((candidate) => candidate.element === rowElement);
      if (row) toggle({ key: row.key, title: row.title }).catch(report);
    });
    const rowContext = (): RowFlagContext => ({ data: store.current(), now: Date.now(), t, onToggle: toggleRow });
    const renderRows = (rows: RowInfo[]) => {
      const context = rowContext();
      for (const row of rows) renderRowFlag(row, context);
    };
    const renderAllRows = () => renderRows(adapter.rows());

    const toggleOpenChat = async (): Promise<string | null> => {
      const chat = adapter.currentChat();
      return chat ? toggle({ key: chat.key, title: chat.title }) : null;
    };
    const renderHeader = watchHeader(
      adapter,
      signal,
      ctx.guard(() => {
        applyTheme(adapter.theme()); // WhatsApp's theme can change at any time; re-read with the header
        renderHeaderToggle(adapter, store.current(), t, () => void toggleOpenChat().catch(report));
      }),
    );

    adapter.onRows(renderRows, signal);
    store.onChange(
      ctx.guard(() => {
        renderAllRows();
        renderHeader();
      }),
      signal,
    );
    const timer = setInterval(ctx.guard(renderAllRows), AGE_REFRESH_MS);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(timer);
        clearRowSlots(document, 'flag');
        clearRowSlots(document, 'actions');
        clearHeaderSlot(document, 'flag');
      },
      { once: true },
    );
    onToggleFlagCommand(signal, toggleOpenChat);

    watchOwnSends(adapter, signal, (sent) => {
      const data = store.current();
      if (data.settings?.['flags.autoClearOnSend'] === false || storedFlags(sent.chat, data).length === 0) return;
      unflagChat(client, sent.chat, data)
        .then((removed) => {
          if (removed.length === 0 || signal.aborted) return;
          showToast({
            message: t('flag_autoclear_toast', sent.chat.title),
            actionLabel: t('flag_autoclear_undo'),
            onAction: () => void restoreFlags(client, removed).catch(report),
            durationMs: UNDO_MS,
            signal,
          });
        })
        .catch(report);
    });
  },
});
