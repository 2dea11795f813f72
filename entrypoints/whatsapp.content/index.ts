import { defineContentScript } from 'wxt/utils/define-content-script';
import { startTestBridge } from './test-bridge.ts';
import { registerDataTestCommands } from './test-commands/data.ts';

export default defineContentScript({
  matches: ['*://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (import.meta.env.MODE === 'test') {
      registerDataTestCommands();
      startTestBridge(ctx.signal);
    }
  },
});
