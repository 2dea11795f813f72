/**
 * The flag shortcut (manifest `commands.toggle-flag`, Alt+Shift+F by default, rebindable in the
 * browser's extension shortcuts): the content script of the active WhatsApp tab toggles the flag of
 * the chat open there. Nothing happens when the active tab is not WhatsApp Web.
 */
import { browser } from 'wxt/browser';

export const TOGGLE_FLAG_COMMAND = 'toggle-flag';
/** Same string as the content script's TOGGLE_FLAG_MESSAGE (no import across entrypoints). */
const TOGGLE_FLAG_MESSAGE = 'zettel:toggle-flag-open-chat';

export async function toggleFlagInActiveWhatsAppTab(): Promise<unknown> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true, url: '*://web.whatsapp.com/*' });
  if (tab?.id === undefined) return null;
  try {
    return await browser.tabs.sendMessage(tab.id, { type: TOGGLE_FLAG_MESSAGE });
  } catch {
    return null; // the tab has no content script yet (still loading, or opened before install)
  }
}

export function startFlagCommand(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === TOGGLE_FLAG_COMMAND) void toggleFlagInActiveWhatsAppTab();
  });
}
