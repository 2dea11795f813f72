import { defineBackground } from 'wxt/utils/define-background';
import { openZettelDatabase, requestPersistentStorage } from '../../utils/db/database.ts';
import { startDataService } from './data-service.ts';
import { createDefaultLabelsOnInstall } from './default-labels.ts';
import { startFlagCommand, toggleFlagInActiveWhatsAppTab, TOGGLE_FLAG_COMMAND } from './flag-command.ts';
import { installBackgroundTestHooks } from './test-hooks.ts';

export default defineBackground(() => {
  // Listeners are registered synchronously on every start: Chrome routes the message that woke the
  // service worker only to listeners that exist by the end of the first turn.
  startDataService();
  startFlagCommand();
  createDefaultLabelsOnInstall(openZettelDatabase);
  if (import.meta.env.MODE === 'test') {
    installBackgroundTestHooks({
      runCommand: async (name: string) => (name === TOGGLE_FLAG_COMMAND ? toggleFlagInActiveWhatsAppTab() : null),
    });
  }
  void requestPersistentStorage();
});
