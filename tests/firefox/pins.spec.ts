/**
 * Firefox smoke for unlimited pins: pin the open chat from the header, the pin is in the bar and still
 * there after a reload, and a click on it opens the chat (also one whose row is not rendered: found
 * through WhatsApp's search box, which is empty again afterwards).
 */
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };

const headerPin = '[data-zettel="header-marks"] [data-zettel-action="toggle-pin"]';
const pinNames = () => [...document.querySelectorAll('[data-zettel="pins"] [data-zettel="pin"] [data-zettel="pin-name"]')].map((el) => el.textContent);

test('pin from the header, pin still there after a reload, a click opens the chat (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  await stage.open({ chats: 600 });
  await zettel.booted();
  const chats = await page.evaluate(() => (window as unknown as W).__stage.chats().map((c) => ({ key: c.key, title: c.title })));
  // Far down the list (not rendered at the top), with a name of its own.
  const far = chats.slice(500).find((chat) => chats.filter((other) => other.title === chat.title).length === 1)!;
  await page.evaluate((key: string) => (window as unknown as W).__stage.openChat(key), far.key);
  await page.waitForSelector(headerPin);
  expect(await page.$eval(headerPin, (el) => el.getAttribute('aria-pressed'))).toBe('false');
  await page.click(headerPin);
  await page.waitForFunction((selector: string) => document.querySelector(selector)?.getAttribute('aria-pressed') === 'true', {}, headerPin);
  await page.waitForFunction((title: string) => document.querySelector('[data-zettel="pins"] [data-zettel="pin-name"]')?.textContent === title, {}, far.title);

  await stage.reload();
  await zettel.booted();
  await page.waitForFunction(() => document.querySelector('[data-zettel="pins"] [data-zettel="pin"]') !== null, { timeout: 10_000 });
  expect(await page.evaluate(pinNames)).toEqual([far.title]);
  expect(await page.evaluate(() => (window as unknown as W).__stage.currentChat())).toBeNull();

  await page.click('[data-zettel="pins"] [data-zettel-action="open-pin"]');
  await page.waitForFunction((key: string) => (window as unknown as W).__stage.currentChat()?.key === key, { timeout: 10_000 }, far.key);
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#side input[type="text"]')?.value === '');
  await page.waitForFunction((selector: string) => document.querySelector(selector)?.getAttribute('aria-pressed') === 'true', {}, headerPin);
});
