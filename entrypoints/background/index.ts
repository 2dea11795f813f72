import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The database owner and message handlers are wired in by the data layer (utils/db, utils/messaging).
});
