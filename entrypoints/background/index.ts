import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openZettelDatabase, requestPersistentStorage } from '../../utils/db/database.ts';
import { startDataService } from './data-service.ts';
import { createDefaultLabelsOnInstall } from './default-labels.ts';
import { fireDueReminders, openReminderChat, startReminderAlarms, syncReminderAlarm } from './reminder-alarms.ts';
import { readToolbarBadge, startToolbarBadge, updateToolbarBadge } from './toolbar-badge.ts';
import { startFlagCommand, toggleFlagInActiveWhatsAppTab, TOGGLE_FLAG_COMMAND } from './flag-command.ts';
import { installBackgroundTestHooks } from './test-hooks.ts';
import { simulateStorageFull } from './storage-full-simulation.ts';
import { startLocaleRelay } from './locale-relay.ts';
import { startOnboarding } from './onboarding.ts';
import { startSync } from './sync.ts';

export default defineBackground(() => {
  // Listeners are registered synchronously on every start: Chrome routes the message that woke the
  // service worker only to listeners that exist by the end of the first turn.
  startDataService();
  startFlagCommand();
  createDefaultLabelsOnInstall(openZettelDatabase);
  startReminderAlarms(openZettelDatabase);
  startToolbarBadge(openZettelDatabase);
  startLocaleRelay();
  startOnboarding();
  startSync(openZettelDatabase);
  if (import.meta.env.MODE === 'test') {
    installBackgroundTestHooks({
      runCommand: async (name: string) => (name === TOGGLE_FLAG_COMMAND ? toggleFlagInActiveWhatsAppTab() : null),
      // The next `writes` data writes fail as on a full disk (QuotaExceededError).
      simulateStorageFull: async (writes: number) => simulateStorageFull(writes),
      // As if the reminder alarm rang at `until` (the clock advanced): fires what is due by then.
      fireReminders: async (until: number) => {
        const fired = await fireDueReminders(openZettelDatabase(), until);
        await syncReminderAlarm(openZettelDatabase());
        return fired;
      },
      // What a click on the reminder's notification does (headless browsers show no notifications).
      clickReminderNotification: (id: string) => openReminderChat(openZettelDatabase(), id),
      reminderAlarm: async () => (await browser.alarms.get('zettel-reminder'))?.scheduledTime ?? null,
      badge: async () => {
        await updateToolbarBadge(openZettelDatabase());
        return readToolbarBadge();
      },
    });
  }
  void requestPersistentStorage();
});
