/**
 * Relays commands from the popup to Zettel's in-page UI: a runtime message becomes a direct call on
 * the content script's own registry (open-overview.ts; docs/overview-contract.md) — nothing on the
 * page's DOM that a page script could send or see. The popup and the overview thereby know nothing
 * of each other; the popup learns whether anything opened. Needs no WhatsApp part.
 */
import { browser } from 'wxt/browser';
import { isOpenOverviewMessage, type OpenOverviewReply } from '../../../../utils/messaging/page-commands.ts';
import { defineFeature } from '../registry.ts';
import { requestOpenOverview } from './open-overview.ts';

export default defineFeature({
  id: 'page-commands',
  needs: [],
  start(ctx) {
    const listener = (message: unknown): Promise<OpenOverviewReply> | undefined => {
      if (!isOpenOverviewMessage(message)) return undefined; // other listeners answer other messages
      let opened = false;
      ctx.guard(() => {
        opened = requestOpenOverview({ tab: message.tab ?? null });
      })();
      return Promise.resolve({ opened });
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  },
});
