import { defineBackground } from 'wxt/utils/define-background';
import { requestPersistentStorage } from '../../utils/db/database.ts';
import { startDataService } from './data-service.ts';

export default defineBackground(() => {
  // Listeners are registered synchronously on every start: Chrome routes the message that woke the
  // service worker only to listeners that exist by the end of the first turn.
  startDataService();
  void requestPersistentStorage();
});
