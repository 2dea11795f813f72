import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { LAST_INSTALL_KEY, openWelcomeOnce, startOnboarding } from '../../../entrypoints/background/onboarding.ts';

async function welcomeTabs(): Promise<number> {
  return (await browser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html')).length;
}

async function settle(): Promise<void> {
  await vi.waitFor(async () => expect((await browser.storage.local.get(LAST_INSTALL_KEY))[LAST_INSTALL_KEY]).toBeDefined());
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('onboarding: the welcome page once, on install only', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page on install', async () => {
    startOnboarding();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await welcomeTabs()).toBe(1));
  });

  it('opens nothing on an update or a browser update', async () => {
    startOnboarding();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await settle();
    expect(await welcomeTabs()).toBe(0);
    expect((await browser.storage.local.get(LAST_INSTALL_KEY))[LAST_INSTALL_KEY]).toMatchObject({ reason: 'browser_update' });
  });

  it('a second install event of the same profile opens nothing more', async () => {
    expect(await openWelcomeOnce()).toBe(true);
    expect(await openWelcomeOnce()).toBe(false);
    expect(await welcomeTabs()).toBe(1);
  });
});
