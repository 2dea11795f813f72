import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const PARTS = ['app-shell', 'chat-list', 'chat-rows', 'conversation-header', 'messages', 'compose-box', 'send-button'];

async function openFirstChat(page: Page): Promise<string> {
  return await page.evaluate(() => {
    const stage = (window as unknown as { __stage: { chats(): Array<{ key: string }>; openChat(key: string): void } }).__stage;
    const key = stage.chats()[0]!.key;
    stage.openChat(key);
    return key;
  });
}

test.describe('popup: health of each WhatsApp part', () => {
  test('shows every part recognised, in German, once a chat is open', async ({ page, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await openFirstChat(page);
    const popup = await openPopup();
    const health = popup.locator('[data-zettel="health"]');
    for (const part of PARTS) {
      await expect(health.locator(`[data-part="${part}"]`)).toHaveAttribute('data-state', 'ok');
    }
    await expect(health).toContainText('Chatliste');
    await expect(health).toContainText('erkannt');
    await expect(popup.locator('[data-zettel="health-hint"]')).toHaveCount(0);
    await expect(popup.locator('[data-zettel="identity-strategy"]')).toHaveAttribute('data-strategy', /^(data-id-jid|title)$/);
  });

  test('names a part that WhatsApp dropped, with a plain-language hint, and recovers', async ({ page, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await openFirstChat(page);
    const popup = await openPopup();
    const health = popup.locator('[data-zettel="health"]');
    await expect(health.locator('[data-part="chat-list"]')).toHaveAttribute('data-state', 'ok');

    await page.evaluate(() => (window as unknown as { __stage: { drift(part: string, mode: string): void } }).__stage.drift('compose-box', 'remove'));
    await expect(health.locator('[data-part="compose-box"]')).toHaveAttribute('data-state', 'missing');
    await expect(popup.locator('[data-zettel="health-hint"]')).toContainText('WhatsApp Web hat sich verändert');
    await expect(health.locator('[data-part="chat-list"]')).toHaveAttribute('data-state', 'ok');

    await page.evaluate(() => (window as unknown as { __stage: { resetDrift(): void } }).__stage.resetDrift());
    await expect(health.locator('[data-part="compose-box"]')).toHaveAttribute('data-state', 'ok');
    await expect(popup.locator('[data-zettel="health-hint"]')).toHaveCount(0);
  });

  test('says when no WhatsApp Web tab is open and offers to open it', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="whatsapp-tab"]')).toHaveAttribute('data-state', 'none');
    await popup.getByRole('button', { name: 'WhatsApp Web öffnen' }).click();
    // Asked through the tabs API: a tab the extension opens may start loading before Playwright's
    // request interception attaches to it, so its page URL is not a reliable witness.
    await expect
      .poll(() =>
        popup.evaluate(async () => {
          type Tab = { url?: string; pendingUrl?: string };
          const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
          return (await tabs.query({})).map((tab) => tab.pendingUrl ?? tab.url);
        }),
      )
      .toContain('https://web.whatsapp.com/');
    await expect(popup.locator('[data-zettel="whatsapp-tab"]')).toHaveAttribute('data-state', 'open');
  });
});

test.describe('popup in English', () => {
  test.use({ uiLang: 'en' });
  test('uses the English strings', async ({ page, stage, zettel, openPopup }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    await openFirstChat(page);
    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="health"]')).toContainText('Chat list');
    await expect(popup.locator('[data-zettel="health"]')).toContainText('recognised');
  });
});
