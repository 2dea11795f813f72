/**
 * Firefox smoke for issue 19 point 2: a flag on "+49 170 1234567" follows the contact when the office
 * saves it as "Herr Maier" while the chat is open, on a page that re-mounts the conversation pane; the
 * badge is on the renamed row within 300 ms of the new title (measured in the page), and after a
 * reload the flag is still there and the old title carries nothing.
 */
import type { StageApi } from '../stage/src/api.ts';
import { renameAndWatch } from '../support/rename-watch.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };

/** Titles of the rows that show a flag badge (the row's title read from the stage's truth by position). */
function flaggedTitles(): string[] {
  const truth = (window as unknown as W).__stage.rowTruth();
  const items = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="transform"]')];
  return items
    .filter((item) => item.querySelector('[data-zettel="chat-flag"]'))
    .map((item) => {
      const top = new DOMMatrixReadOnly(getComputedStyle(item).transform).m42;
      return truth.find((row) => row.top === top)?.title ?? '?';
    });
}

test('a flag follows a rename with a re-mounted pane at once and through a reload (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  const phone = '+49 170 1234567';
  await stage.open({ renameRemount: true });
  const key = await page.evaluate((title: string) => {
    const stage = (window as unknown as W).__stage;
    const target = stage.chats().filter((c) => c.kind === 'user')[2]!;
    stage.renameContact(target.key, title);
    return target.key;
  }, phone);
  await stage.reload();
  await zettel.booted();
  await page.evaluate((k: string) => (window as unknown as W).__stage.openChat(k), key);
  const toggle = '[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]';
  await page.waitForSelector(toggle);
  await page.click(toggle);
  await page.waitForFunction((title: string) => {
    const truth = (window as unknown as W).__stage.rowTruth();
    return truth.some((r) => r.title === title) && document.querySelector('[data-zettel="chat-flag"]') !== null;
  }, {}, phone);
  expect(await page.evaluate(flaggedTitles)).toEqual([phone]);

  const timing = await page.evaluate(renameAndWatch, { key, title: 'Herr Maier', watchMs: 2500 });
  expect(timing.titleAt).not.toBeNull();
  expect(timing.badgeAt).not.toBeNull();
  expect(timing.badgeAt! - timing.titleAt!).toBeLessThanOrEqual(300);
  expect(await page.evaluate(flaggedTitles)).toEqual(['Herr Maier']);

  await stage.reload();
  await zettel.booted();
  await page.waitForFunction(() => document.querySelector('[data-zettel="chat-flag"]') !== null, { timeout: 10_000 });
  expect(await page.evaluate(flaggedTitles)).toEqual(['Herr Maier']);
  // The old title carries nothing: another chat that now shows that number has no flag.
  await page.evaluate((title: string) => {
    const stage = (window as unknown as W).__stage;
    const other = stage.chats().filter((c) => c.kind === 'user')[5]!;
    stage.renameContact(other.key, title);
  }, phone);
  await stage.reload();
  await zettel.booted();
  await page.waitForFunction(() => document.querySelector('[data-zettel="chat-flag"]') !== null, { timeout: 10_000 });
  expect(await page.evaluate(flaggedTitles)).toEqual(['Herr Maier']);
});
