/**
 * Firefox smoke for reply templates: the footer button opens the picker, Enter inserts the template
 * filled for the open chat — line breaks included — into the editor's model, and nothing is sent.
 */
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };

/** The picker panel lives in an open shadow root under our host. */
function pickerOpen(): boolean {
  const host = document.querySelector('[data-zettel="template-picker-host"]');
  const panel = host?.shadowRoot?.querySelector<HTMLElement>('[data-zettel="template-picker"]');
  return panel !== null && panel !== undefined && !panel.hidden;
}

test('insert a template by the button (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  await zettel.query('db.request', {
    op: 'saveTemplate',
    input: { id: 'ff-photos', title: 'Bitte Fotos schicken', body: 'Hallo {Name},\nbitte schicken Sie uns Fotos.\n\nDanke!', tags: ['fotos'], language: 'de' },
  });
  const chat = await page.evaluate(async () => {
    const stage = (window as unknown as W).__stage;
    const target = stage.chats().find((c) => c.title === 'Anna Müller') ?? stage.chats()[0]!;
    await stage.openChat(target.key);
    return { key: target.key, title: target.title };
  });
  const button = '[data-zettel-action="open-templates"]';
  await page.waitForSelector(button, { visible: true });
  await page.click(button);
  await page.waitForFunction(pickerOpen);
  // The search field has the focus: Enter takes the first (only) template.
  await page.keyboard.press('Enter');
  const expected = `Hallo ${chat.title},\nbitte schicken Sie uns Fotos.\n\nDanke!`;
  await page.waitForFunction((text: string) => (window as unknown as W).__stage.composer()?.modelText === text, { timeout: 10_000 }, expected);
  expect(await page.evaluate(pickerOpen)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as W).__stage.sent())).toEqual([]);
});
