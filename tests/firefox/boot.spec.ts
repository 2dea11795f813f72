import { test, expect } from './fixtures';

test('the content script boots on the stage in Firefox', async ({ stage, zettel, ffPage }) => {
  await stage.open();
  await zettel.booted();
  expect(await ffPage.evaluate(() => location.origin)).toBe('https://web.whatsapp.com');
});
