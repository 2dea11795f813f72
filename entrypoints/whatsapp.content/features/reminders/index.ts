/**
 * Reminders (issue #3): "come back to this chat" from the conversation header — in 1 h, 3 h, tomorrow
 * and next Monday at the configured morning time (Options › Reminders, default 8:00) or a chosen
 * time. The background's alarm fires it: a notification (a click focuses WhatsApp and opens the chat,
 * handled here) and the chat's flag turns due. Settings come live from the chat-marks store.
 */
import { format } from 'date-fns';
import { de, enUS } from 'date-fns/locale';
import { browser } from 'wxt/browser';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { isChatKey, type ChatKey } from '../../../../utils/chat-key.ts';
import { uiLanguage } from '../../../../utils/i18n.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import { DEFAULT_MORNING_TIME } from '../../../../utils/reminders/morning-time.ts';
import type { ReminderRecord } from '../../../../utils/messaging/protocol.ts';
import { clearHeaderSlot, headerSlot, watchHeader } from '../chat-marks/header-marks.ts';
import { chatKeyCandidates, useChatMarks } from '../chat-marks/live-data.ts';
import { ensureChatMarksStyle } from '../chat-marks/styles.ts';
import { ensureRemindControl, renderRemindControl } from './remind-menu.ts';
import { parseChosenTime, presetTime } from './reminder-times.ts';
import { revealAndOpenChat } from './reveal-chat.ts';

/** Sent by the background when the user clicks a reminder's notification. */
const OPEN_CHAT_MESSAGE = 'zettel:open-chat';

export default defineFeature({
  id: 'reminders',
  needs: ['conversation-header'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t, log } = ctx;
    const client = getDataClient();
    const report = (error: unknown) => log.warn(error);
    const store = useChatMarks(signal, report);
    ensureChatMarksStyle();
    const locale = uiLanguage() === 'de' ? de : enUS;
    let reminders: ReminderRecord[] = [];

    const pendingFor = (keys: readonly ChatKey[]): ReminderRecord[] =>
      reminders.filter((reminder) => reminder.firedAt === null && keys.includes(reminder.chatKey));

    // Read from the live settings at click time, so a change in the options applies without a reload.
    const morningTime = (): string => store.current().settings?.['reminders.morningTime'] ?? DEFAULT_MORNING_TIME;

    const currentKeys = (): { key: ChatKey; title: string; keys: ChatKey[] } | null => {
      const chat = adapter.currentChat();
      return chat ? { key: chat.key, title: chat.title, keys: chatKeyCandidates(chat.key, chat.title, store.current()) } : null;
    };

    /**
     * One pending reminder per chat: a new one replaces the old, in one operation. The id is made here,
     * so the data client's retry after a worker restart cannot create a second reminder.
     */
    const schedule = async (dueAt: number) => {
      const chat = currentKeys();
      if (!chat) return;
      await client.request('rescheduleReminder', { id: crypto.randomUUID(), chatKey: chat.key, title: chat.title, replaceKeys: chat.keys, dueAt });
    };

    const render = ctx.guard(() => {
      const slot = headerSlot(adapter, 'remind');
      const chat = currentKeys();
      if (!slot || !chat) return;
      const control = ensureRemindControl(slot, {
        t,
        signal,
        onPreset: (preset) => void schedule(presetTime(preset, new Date(), morningTime()).getTime()).catch(report),
        onChosen: (value) => {
          const at = parseChosenTime(value, new Date());
          if (at === null) return false;
          schedule(at).catch(report);
          return true;
        },
        onCancel: () => {
          const open = currentKeys();
          for (const reminder of open ? pendingFor(open.keys) : []) client.request('cancelReminder', { id: reminder.id }).catch(report);
        },
      });
      const next = pendingFor(chat.keys).sort((a, b) => a.dueAt - b.dueAt)[0];
      renderRemindControl(control, next ? format(next.dueAt, 'Pp', { locale }) : null, morningTime(), t);
    });

    const refresh = watchHeader(adapter, signal, render);
    signal.addEventListener('abort', () => clearHeaderSlot(document, 'remind'), { once: true });
    store.onChange(() => refresh(), signal);
    const stop = client.subscribe(
      'listReminders',
      {},
      (value) => {
        reminders = value;
        refresh();
      },
      report,
    );
    signal.addEventListener('abort', stop, { once: true });

    const onMessage = (message: unknown): undefined => {
      if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== OPEN_CHAT_MESSAGE) return undefined;
      const { chatKey, title } = message as { chatKey?: unknown; title?: unknown };
      // The row shows a title; its key may be the title or the learned JID.
      revealAndOpenChat(adapter, isChatKey(chatKey) ? chatKey : null, typeof title === 'string' && title.trim() ? title : null, signal).catch(report);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  },
});
