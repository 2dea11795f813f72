/**
 * Firefox smoke for "still to answer": flag the open chat from the header; the badge appears in its
 * chat-list row and is still there after a reload.
 */
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };

/** Titles of the rows that show a flag badge (the row's title read from the stage's truth by position). */
function flaggedTitles(): string[] {
  const truth = (window as unknown as W).__stage.rowTruth();
  const items = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="translateY"]')];
  return items
    .filter((item) => item.querySelector('[data-zettel="chat-flag"]'))
    .map((item) => {
      const top = Number(/translateY\((-?[\d.]+)px\)/.exec(item.style.transform)?.[1]);
      return truth.find((row) => row.top === top)?.title ?? '?';
    });
}

test('flag from the header, badge in the row, still there after a reload (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  const chat = await page.evaluate(async () => {
    const stage = (window as unknown as W).__stage;
    const target = stage.chats()[5]!;
    await stage.openChat(target.key);
    return { key: target.key, title: target.title };
  });
  const toggle = '[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]';
  await page.waitForSelector(toggle);
  expect(await page.$eval(toggle, (el) => el.getAttribute('aria-pressed'))).toBe('false');
  await page.click(toggle);
  await page.waitForFunction((selector: string) => document.querySelector(selector)?.getAttribute('aria-pressed') === 'true', {}, toggle);
  await page.waitForFunction((title: string) => {
    const truth = (window as unknown as W).__stage.rowTruth();
    const row = truth.find((r) => r.title === title);
    const item = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="translateY"]')].find((el) => el.style.transform.includes(`(${row?.top}px)`));
    return item?.querySelector('[data-zettel="chat-flag"][data-state="open"]') !== null && item !== undefined;
  }, {}, chat.title);
  expect(await page.evaluate(flaggedTitles)).toEqual([chat.title]);

  await stage.reload();
  await zettel.booted();
  await page.waitForFunction(() => document.querySelector('[data-zettel="chat-flag"]') !== null, { timeout: 10_000 });
  expect(await page.evaluate(flaggedTitles)).toEqual([chat.title]);
});
