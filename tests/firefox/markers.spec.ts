/**
 * Firefox smoke for per-message markers: mark a message through its hover action and the menu; the
 * marker strip is inside the message, and is there again after a reload.
 */
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };

/** The marker strip's text inside the message with this data-id, or null. */
function chipText(dataId: string): string | null {
  const wrapper = [...document.querySelectorAll('[data-id]')].find((el) => el.getAttribute('data-id') === dataId);
  return wrapper?.querySelector('[data-zettel="message-marker"] .zt-marker-text')?.textContent ?? null;
}

test('mark a message, the marker is shown again after a reload (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  const target = await page.evaluate(async () => {
    const stage = (window as unknown as W).__stage;
    const chat = stage.chats().find((c) => c.title === 'Familie Özdemir') ?? stage.chats()[3]!;
    await stage.openChat(chat.key);
    const message = [...stage.messages(chat.key)].reverse().find((m) => !m.fromMe && m.text)!;
    return { key: chat.key, dataId: message.dataId };
  });
  const selector = `[data-id="${target.dataId}"]`;
  await page.waitForSelector(selector);
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.hover(selector);
  const action = `${selector} [data-zettel-action="mark-message"]`;
  await page.waitForSelector(action);
  expect(await page.$eval(action, (el) => el.getAttribute('aria-label'))).toMatch(/^(Nachricht markieren|Mark message)$/); // the UI language follows Firefox's
  await page.click(action);
  await page.waitForSelector('[data-zettel="marker-menu"]:not([hidden])');
  await page.type('[data-zettel="marker-note"]', 'Rückruf');
  await page.click('[data-zettel-action="save-marker"]');
  await page.waitForFunction(chipText, {}, target.dataId);
  expect(await page.evaluate(chipText, target.dataId)).toMatch(/^(Markiert|Marked) · Rückruf$/);

  await stage.reload();
  await zettel.booted();
  await page.evaluate((key: string) => (window as unknown as W).__stage.openChat(key), target.key);
  await page.waitForFunction(chipText, { timeout: 10_000 }, target.dataId);
  expect(await page.evaluate(chipText, target.dataId)).toMatch(/^(Markiert|Marked) · Rückruf$/);
});
