import { test, expect } from './fixtures';

test('the content script boots on the stage in Firefox', async ({ stage, zettel, page }) => {
  await stage.open();
  await zettel.booted();
  expect(await page.evaluate(() => location.origin)).toBe('https://web.whatsapp.com');
});
