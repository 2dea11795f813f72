import { browser, type Browser } from 'wxt/browser';
import { openOverviewMessage, type OpenOverviewReply, type OverviewTab } from '../../utils/messaging/page-commands.ts';
import type { HealthReport } from '../../utils/whatsapp/health.ts';

export const WHATSAPP_URL = 'https://web.whatsapp.com/';

/** The first open WhatsApp Web tab, if any (host permission lets us match its URL). */
export async function findWhatsAppTab(): Promise<Browser.tabs.Tab | undefined> {
  const tabs = await browser.tabs.query({ url: '*://web.whatsapp.com/*' });
  return tabs[0];
}

export async function openOrFocusWhatsApp(): Promise<Browser.tabs.Tab> {
  const tab = await findWhatsAppTab();
  if (tab?.id === undefined) return browser.tabs.create({ url: WHATSAPP_URL });
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return tab;
}

/**
 * Brings the WhatsApp tab to the front and asks its content script to open the overview at `tab`
 * (utils/messaging/page-commands.ts). A tab that is only now opening cannot answer yet: WhatsApp
 * Web then simply opens, and the user finds the overview button there.
 */
export async function openOverview(overviewTab: OverviewTab): Promise<OpenOverviewReply | null> {
  const existing = await findWhatsAppTab();
  await openOrFocusWhatsApp();
  let reply: OpenOverviewReply | null = null;
  if (existing?.id !== undefined) {
    try {
      reply = (await browser.tabs.sendMessage(existing.id, openOverviewMessage(overviewTab))) as OpenOverviewReply;
    } catch {
      reply = null; // no content script there (e.g. opened before Zettel was installed)
    }
  }
  return reply;
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
