/**
 * Firefox smoke for the language choice: the content script gets the chosen language's texts from
 * the background (Firefox MV2 event page) and rebuilds the in-page UI without a reload.
 */
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
const toggle = '[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]';

test('choosing Deutsch or English switches the in-page UI, Automatic returns (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  await page.evaluate(async () => {
    const stage = (window as unknown as W).__stage;
    await stage.openChat(stage.chats()[0]!.key);
  });
  await page.waitForSelector(toggle);
  const label = () => page.$eval(toggle, (el) => el.getAttribute('aria-label'));
  // Automatic = Firefox's own UI language (English in this test browser).
  const automatic = await label();
  expect(['Chat als „Noch antworten“ markieren', 'Mark chat as still to answer']).toContain(automatic);

  await zettel.query('i18n.setLanguage', { language: 'de' });
  await expect.poll(label).toBe('Chat als „Noch antworten“ markieren');
  await zettel.query('i18n.setLanguage', { language: 'en' });
  await expect.poll(label).toBe('Mark chat as still to answer');
  await zettel.query('i18n.setLanguage', { language: 'auto' });
  await expect.poll(label).toBe(automatic);
});
