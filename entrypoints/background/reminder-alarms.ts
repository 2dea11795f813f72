/**
 * Reminders come due through the alarms API (an MV3 service worker sleeps; a timer would die with it).
 * One alarm is kept set to the earliest unfired reminder; it is re-set after every committed change to
 * the reminders table (from the page, the options page or here) and on every start. When it rings,
 * every reminder due by now fires: recorded as fired, the chat's flag set to due (one transaction,
 * `fireReminder`), and a notification shown. Clicking the notification focuses the WhatsApp tab and
 * asks its content script to open the chat.
 */
import { browser } from 'wxt/browser';
import type { ChatKey } from '../../utils/chat-key.ts';
import { watchTableChanges } from '../../utils/db/changes.ts';
import { fireReminder, listDueReminders, listReminders } from '../../utils/db/repositories/reminders.ts';
import type { ZettelDatabase } from '../../utils/db/schema.ts';
import { t } from '../../utils/i18n.ts';

export const REMINDER_ALARM = 'zettel-reminder';
const NOTIFICATION_PREFIX = 'zettel-reminder:';
/** Same string as the reminders feature's OPEN_CHAT_MESSAGE (no import across entrypoints). */
const OPEN_CHAT_MESSAGE = 'zettel:open-chat';

async function chatTitle(db: ZettelDatabase, chatKey: ChatKey): Promise<string> {
  const stored = await db.chats.get(chatKey);
  if (stored?.title) return stored.title;
  return chatKey.startsWith('title:') ? chatKey.slice('title:'.length) : chatKey.slice('jid:'.length).split('@')[0] ?? chatKey;
}

/** Sets the one alarm to the earliest unfired reminder, or clears it when none is pending. */
export async function syncReminderAlarm(db: ZettelDatabase): Promise<number | null> {
  const pending = (await listReminders(db, {})).filter((reminder) => reminder.firedAt === null);
  const next = pending[0];
  if (!next) {
    await browser.alarms.clear(REMINDER_ALARM);
    return null;
  }
  // A reminder already due fires right away (Chrome rounds alarms up to its minimum delay anyway).
  await browser.alarms.create(REMINDER_ALARM, { when: Math.max(next.dueAt, Date.now() + 500) });
  return next.dueAt;
}

/** Fires every reminder due by `until`; returns their ids. */
export async function fireDueReminders(db: ZettelDatabase, until: number = Date.now()): Promise<string[]> {
  const due = await listDueReminders(db, { until });
  const fired: string[] = [];
  for (const reminder of due) {
    try {
      await fireReminder(db, { id: reminder.id });
      fired.push(reminder.id);
      const title = await chatTitle(db, reminder.chatKey);
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${reminder.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('remind_notification_title', title),
        message: reminder.note || t('remind_notification_message'),
      });
    } catch (error) {
      console.warn('[zettel] reminder', reminder.id, error);
    }
  }
  return fired;
}

export async function openReminderChat(db: ZettelDatabase, reminderId: string): Promise<void> {
  const reminder = await db.reminders.get(reminderId);
  const [tab] = await browser.tabs.query({ url: '*://web.whatsapp.com/*' });
  if (tab?.id === undefined) {
    await browser.tabs.create({ url: 'https://web.whatsapp.com/' });
    return;
  }
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  if (!reminder) return;
  const title = await chatTitle(db, reminder.chatKey);
  await browser.tabs.sendMessage(tab.id, { type: OPEN_CHAT_MESSAGE, chatKey: reminder.chatKey, title }).catch(() => undefined);
}

export function startReminderAlarms(db: () => ZettelDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    void fireDueReminders(db()).finally(() => syncReminderAlarm(db()));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    void openReminderChat(db(), id.slice(NOTIFICATION_PREFIX.length)).catch((error: unknown) => console.warn('[zettel] open reminder chat', error));
  });
  watchTableChanges((tables) => {
    if (tables.has('reminders')) void syncReminderAlarm(db());
  });
  // A reminder that came due while the browser was closed fires on the next start.
  void fireDueReminders(db()).finally(() => syncReminderAlarm(db()));
}
