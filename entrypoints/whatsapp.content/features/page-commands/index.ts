/**
 * Relays commands from the popup to Zettel's in-page UI: a runtime message becomes a cancelable DOM
 * CustomEvent on `document` (docs/overview-contract.md). The popup and the overview thereby know
 * nothing of each other; a listener that handles the event calls preventDefault(), and the popup
 * learns whether anything opened. Needs no WhatsApp part: it only dispatches.
 */
import { browser } from 'wxt/browser';
import {
  isOpenOverviewMessage,
  OPEN_OVERVIEW,
  type OpenOverviewDetail,
  type OpenOverviewReply,
} from '../../../../utils/messaging/page-commands.ts';
import { defineFeature } from '../registry.ts';

/** Dispatches the event; true when a listener took it (called preventDefault). */
export function dispatchOpenOverview(detail: OpenOverviewDetail): boolean {
  const event = new CustomEvent<OpenOverviewDetail>(OPEN_OVERVIEW, { detail, cancelable: true });
  return !document.dispatchEvent(event);
}

export default defineFeature({
  id: 'page-commands',
  needs: [],
  start(ctx) {
    const listener = (message: unknown): Promise<OpenOverviewReply> | undefined => {
      if (!isOpenOverviewMessage(message)) return undefined; // other listeners answer other messages
      let opened = false;
      ctx.guard(() => {
        opened = dispatchOpenOverview({ tab: message.tab ?? null });
      })();
      return Promise.resolve({ opened });
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  },
});
