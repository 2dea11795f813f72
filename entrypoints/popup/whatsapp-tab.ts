import { browser, type Browser } from 'wxt/browser';
import type { HealthReport } from '../../utils/whatsapp/health.ts';

export const WHATSAPP_URL = 'https://web.whatsapp.com/';

/** The first open WhatsApp Web tab, if any (host permission lets us match its URL). */
export async function findWhatsAppTab(): Promise<Browser.tabs.Tab | undefined> {
  const tabs = await browser.tabs.query({ url: '*://web.whatsapp.com/*' });
  return tabs[0];
}

export async function openOrFocusWhatsApp(): Promise<void> {
  const tab = await findWhatsAppTab();
  if (tab?.id === undefined) {
    await browser.tabs.create({ url: WHATSAPP_URL });
    return;
  }
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** Asks the content script in the tab for its health report; null when it does not answer. */
export async function requestHealth(tabId: number): Promise<HealthReport | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'zettel:health' });
    return reply && typeof reply === 'object' && 'parts' in reply ? (reply as HealthReport) : null;
  } catch {
    return null; // no content script there (yet): the tab loads, or WhatsApp Web was opened before install
  }
}
