import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.zettelBooted = 'true';
    ctx.onInvalidated(() => {
      delete document.documentElement.dataset.zettelBooted;
    });
  },
});
