/**
 * First run: the welcome page opens once, when Zettel is installed — not on a browser restart, an
 * extension update or a reload (those fire onInstalled with another reason, or not at all). A flag in
 * storage.local guards against a second "install" event of the same profile (Firefox's temporary
 * add-ons, a retried event).
 */
import { browser } from 'wxt/browser';

export const WELCOME_SHOWN_KEY = 'zettel.welcomeShown';
/** The last onInstalled event ({ reason, at }): tells support (and tests) what the browser reported. */
export const LAST_INSTALL_KEY = 'zettel.lastInstall';
export const WELCOME_PATH = '/welcome.html';

export async function openWelcomeOnce(): Promise<boolean> {
  const stored = await browser.storage.local.get(WELCOME_SHOWN_KEY);
  if (stored[WELCOME_SHOWN_KEY]) return false;
  await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: Date.now() });
  // Test builds open it in the background: every e2e test starts a fresh profile (= an install), and a
  // welcome tab in front would hide the stage tab (hidden tabs get no animation frames).
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH), active: import.meta.env.MODE !== 'test' });
  return true;
}

export function startOnboarding(): void {
  browser.runtime.onInstalled.addListener((details) => {
    void browser.storage.local.set({ [LAST_INSTALL_KEY]: { reason: details.reason, at: Date.now() } });
    if (details.reason === 'install') void openWelcomeOnce().catch((error: unknown) => console.warn('[zettel] welcome page', error));
  });
}
