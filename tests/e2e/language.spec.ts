/**
 * Language choice (Automatic / Deutsch / English): chosen in the options, it switches Zettel inside
 * the open WhatsApp tab at once (no reload), and the popup and options pages; "Automatic" returns to
 * the browser's language.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const headerToggle = '[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]';

async function openFirstChat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stage = (window as unknown as { __stage: { chats(): Array<{ key: string }>; openChat(key: string): void } }).__stage;
    stage.openChat(stage.chats()[0]!.key);
  });
}

test.describe('language: German browser', () => {
  test('choosing English switches the in-page UI, the options and the popup; Automatic switches back', async ({ page, stage, zettel, openOptions, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await openFirstChat(page);
    const toggle = page.locator(headerToggle);
    await expect(toggle).toHaveAccessibleName('Chat als „Noch antworten“ markieren');
    await expect(toggle).toContainText('Noch antworten');

    const options = await openOptions();
    await options.goto(options.url() + '#language');
    const select = options.locator('[data-zettel="language-select"]');
    await expect(select).toHaveValue('auto');
    await select.selectOption('en');
    // The options page itself re-renders in English …
    await expect(options.locator('.options-header h1')).toHaveText('Zettel – Settings');
    await expect(options.locator('html')).toHaveAttribute('lang', 'en');
    // … and so does Zettel inside the WhatsApp tab, without a reload.
    await expect(toggle).toHaveAccessibleName('Mark chat as still to answer');
    await expect(toggle).toContainText('Still to answer');

    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="quick-settings"] h2')).toHaveText('Quick settings');
    await expect(popup.locator('[data-zettel="language-select"]')).toHaveValue('en');

    // A reload keeps the choice.
    await stage.reload();
    await zettel.booted();
    await openFirstChat(page);
    await expect(page.locator(headerToggle)).toHaveAccessibleName('Mark chat as still to answer');

    // Automatic = the browser's language (German here), chosen from the popup this time.
    await popup.locator('[data-zettel="language-select"]').selectOption('auto');
    await expect(page.locator(headerToggle)).toHaveAccessibleName('Chat als „Noch antworten“ markieren');
    await expect(options.locator('.options-header h1')).not.toHaveText('Zettel – Settings');
  });
});

test.describe('language: English browser', () => {
  test.use({ uiLang: 'en' });
  test('choosing Deutsch switches the in-page UI to German', async ({ page, stage, zettel, openOptions }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    await openFirstChat(page);
    await expect(page.locator(headerToggle)).toHaveAccessibleName('Mark chat as still to answer');
    const options = await openOptions();
    await options.goto(options.url() + '#language');
    await options.locator('[data-zettel="language-select"]').selectOption('de');
    await expect(page.locator(headerToggle)).toHaveAccessibleName('Chat als „Noch antworten“ markieren');
    await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  });
});
