/** Helpers for the pins e2e specs: what the pins bar shows, and pinning the way a user does. */
import { expect, type Page } from '@playwright/test';
import { openChat, type W } from './chat-marks-support.ts';

export const headerPin = '[data-zettel="header-marks"] [data-zettel-action="toggle-pin"]';

/** Names of the pins in the bar, top to bottom. */
export function pinNames(page: Page): Promise<string[]> {
  return page.locator('[data-zettel="pins"] [data-zettel="pin"] [data-zettel="pin-name"]').allTextContents();
}

export function pinItem(page: Page, title: string) {
  return page.locator('[data-zettel="pins"] [data-zettel="pin"]').filter({ has: page.locator('[data-zettel="pin-name"]', { hasText: new RegExp(`^${escape(title)}$`) }) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the chat (stage API) and presses the header's pin toggle. */
export async function pinFromHeader(page: Page, key: string): Promise<void> {
  await openChat(page, key);
  const toggle = page.locator(headerPin);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** Whether the chat's row element is in the DOM now (the list is virtualized). */
export function rowRendered(page: Page, key: string): Promise<boolean> {
  return page.evaluate((k) => {
    const stage = (window as unknown as W).__stage;
    const title = stage.chats().find((chat) => chat.key === k)?.title;
    return stage.rowTruth().some((row) => row.title === title);
  }, key);
}

export function currentChatKey(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as W).__stage.currentChat()?.key ?? null);
}
