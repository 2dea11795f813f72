/**
 * The keyboard shortcut (browser command `toggle-flag`, rebindable under the browser's extension
 * shortcuts): the background asks the active WhatsApp tab's content script to toggle the open chat.
 */
import { browser } from 'wxt/browser';

export const TOGGLE_FLAG_MESSAGE = 'zettel:toggle-flag-open-chat';

export function onToggleFlagCommand(signal: AbortSignal, toggle: () => Promise<string | null>): void {
  const listener = (message: unknown): Promise<string | null> | undefined => {
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== TOGGLE_FLAG_MESSAGE) return undefined;
    return toggle();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
