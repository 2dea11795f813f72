/**
 * The overview on the stage, both profiles: opened by its side-strip button and by Alt+Shift+O; the
 * Open tab lists flagged chats and open markers longest-waiting first with overdue highlighted; one
 * search finds a note by a misspelled word and a marker by its snippet; the label filter; full
 * keyboard use (focus trapped, arrows, Enter, Esc gives focus back); choosing an item opens the chat /
 * jumps to the marked message. Hostile notes and snippets are shown as text. Data is created through
 * the data client (test bridge `db.request`), as the marking UI would.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { stageChats, type W } from './chat-marks-support.ts';

const openButton = '[data-zettel="side-toolbar"] [data-zettel-action="open-overview"]';
const panel = '[data-zettel="overview"]';
const dialog = `${panel} [role="dialog"]`;
const search = `${panel} [data-zettel="overview-search"]`;
const items = `${panel} [data-zettel="overview-item"]`;
const HOUR = 3_600_000;

type Query = <T = unknown>(cmd: string, args?: unknown) => Promise<T>;

function titlesOf(page: Page): Promise<string[]> {
  // The title cell holds the chat name followed by the kind chip.
  return page.locator(items).evaluateAll((elements) => elements.map((element) => element.querySelector('[data-zettel="overview-item-title"]')?.firstChild?.textContent ?? ''));
}

function tab(page: Page, name: string) {
  return page.locator(`${panel} [role="tab"][data-tab="${name}"]`);
}

async function seed(page: Page, query: Query) {
  const chats = await stageChats(page);
  const [a, b, c] = [chats[1]!, chats[3]!, chats[5]!];
  const key = (title: string) => `title:${title}`;
  const request = (op: string, input: unknown) => query('db.request', { op, input });
  const now = Date.now();
  await request('createLabel', { id: 'ov-bau', name: 'Baustelle Süd', color: '#1e88e5' });
  await request('setChatLabels', { chatKey: key(b.title), labelIds: ['ov-bau'] });
  await request('flagChat', { chatKey: key(a.title), waitingSince: now - 30 * HOUR });
  await request('flagChat', { chatKey: key(b.title), waitingSince: now - HOUR });
  const message = (await page.evaluate((k) => (window as unknown as W).__stage.messages(k), c.key)).filter((m) => m.kind === 'text').at(-1)!;
  await request('markMessage', { chatKey: key(c.title), messageId: message.dataId, snippet: 'Die Wärmepumpe macht seit gestern komische Geräusche', sender: c.title, sentAt: now - 5 * HOUR });
  await request('saveNote', { chatKey: key(b.title), text: 'Schlüssel liegt beim Hausmeister, Hund ist freundlich.' });
  await request('pinChat', { chatKey: key(c.title) });
  return { a, b, c };
}

/**
 * Picks an option as a person does, with the keyboard: Zettel acts only on trusted input (ui/listen.ts),
 * and Playwright's selectOption dispatches a script's (untrusted) input event.
 */
async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  const labels = await select.locator('option').allTextContents();
  const index = labels.indexOf(label);
  expect(index, `option ${label} in ${labels.join(', ')}`).toBeGreaterThanOrEqual(0);
  await select.focus();
  await select.press('Home');
  for (let step = 0; step < index; step++) await select.press('ArrowDown');
  await expect(select.locator('option:checked')).toHaveText(label);
}

test.describe('overview', () => {
  test('button and shortcut; open items in order; search by misspelled note word and marker snippet; label filter; keyboard; opening a chat', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    const { a, b, c } = await seed(page, zettel.query);

    const button = page.locator(openButton);
    await expect(button).toHaveAccessibleName('Übersicht öffnen: Offenes, Markierungen, Notizen, Angeheftetes (Alt+Umschalt+O)');
    await button.click();
    await expect(page.locator(dialog)).toBeVisible();
    await expect(page.locator(dialog)).toHaveAttribute('aria-modal', 'true');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(search)).toBeFocused();

    // Open: longest waiting first; the 30-hour flag is overdue.
    await expect.poll(() => titlesOf(page)).toEqual([a.title, c.title, b.title]);
    await expect(page.locator(items).nth(0)).toHaveAttribute('data-overdue', 'true');
    await expect(page.locator(items).nth(0)).toHaveAttribute('data-kind', 'flag');
    await expect(page.locator(items).nth(1)).toHaveAttribute('data-kind', 'marker');
    await expect(page.locator(items).nth(2)).toHaveAttribute('data-overdue', 'false');
    await expect(tab(page, 'open')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, 'notes').locator('[data-zettel="overview-tab-count"]')).toHaveText('1');

    // A marker by its snippet.
    await page.locator(search).fill('Wärmepumpe');
    await expect.poll(() => titlesOf(page)).toEqual([c.title]);
    await expect(page.locator(`${items} [data-zettel="overview-item-text"]`)).toHaveText('Die Wärmepumpe macht seit gestern komische Geräusche');
    // A note by a misspelled word: the Notes tab counts it; there it is.
    await page.locator(search).fill('Hausmeistr');
    await expect(tab(page, 'notes').locator('[data-zettel="overview-tab-count"]')).toHaveText('1');
    await tab(page, 'notes').click();
    await expect.poll(() => titlesOf(page)).toEqual([b.title]);
    await expect(page.locator(`${items} [data-zettel="overview-item-text"]`)).toHaveText('Schlüssel liegt beim Hausmeister, Hund ist freundlich.');
    await page.locator(search).fill('Hausmeistr Hnud');
    await expect.poll(() => titlesOf(page)).toEqual([b.title]);
    await page.locator(search).fill('Zahnarzt');
    await expect(page.locator(`${panel} [data-zettel="overview-empty"]`)).toHaveText('Nichts gefunden.');

    // Label filter.
    await page.locator(search).fill('');
    await tab(page, 'open').click();
    await chooseByKeyboard(page.locator(`${panel} [data-zettel="overview-label-filter"]`), 'Baustelle Süd');
    await expect.poll(() => titlesOf(page)).toEqual([b.title]);
    await chooseByKeyboard(page.locator(`${panel} [data-zettel="overview-label-filter"]`), 'Alle Labels');
    await expect.poll(() => titlesOf(page)).toEqual([a.title, c.title, b.title]);

    // Keyboard: Tab stays inside the dialog; arrows on the tab row; ↓ from the search box; Enter opens.
    await page.locator(search).focus();
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-zettel'))).toBe('overview');
    }
    await tab(page, 'open').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'markers')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, 'markers')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab(page, 'open')).toHaveAttribute('aria-selected', 'true');
    await page.locator(search).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(items).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(search)).toHaveAttribute('aria-activedescendant', 'zt-overview-item-1');
    await page.keyboard.press('Enter');
    // The marker: its chat opens (the jump scrolls to the message).
    await expect(page.locator(panel)).toBeHidden();
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.currentChat()?.title)).toBe(c.title);
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // The shortcut opens it; Esc closes and gives focus back.
    await button.focus();
    await page.keyboard.press('Alt+Shift+O');
    await expect(page.locator(dialog)).toBeVisible();
    await expect(page.locator(search)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator(panel)).toBeHidden();
    await expect(button).toBeFocused();
    // WhatsApp did not get the Esc (it would close the open chat).
    expect(await page.evaluate(() => (window as unknown as W).__stage.currentChat()?.title)).toBe(c.title);

    // A click on a chat item opens that chat.
    await page.keyboard.press('Alt+Shift+O');
    await tab(page, 'open').click();
    await page.locator(items).filter({ hasText: a.title }).click();
    await expect(page.locator(panel)).toBeHidden();
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.currentChat()?.title)).toBe(a.title);
  });

  test('hostile notes, snippets and chat names are shown as text and searched as words', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    const chats = await stageChats(page);
    const target = chats[2]!;
    const hostile = '<img src=x onerror="window.__zettelPwned=1"><script>window.__zettelPwned=2</script> \u202Eexe.Rechnung ' + 'x'.repeat(10_000);
    const request = (op: string, input: unknown) => zettel.query('db.request', { op, input });
    await request('saveNote', { chatKey: `title:${target.title}`, text: hostile });
    await request('markMessage', { chatKey: 'title:<b>Fett</b> & Co', messageId: 'HOSTILE1', snippet: hostile, sender: '<i>Absender</i>' });
    await page.keyboard.press('Alt+Shift+O');
    await expect(page.locator(dialog)).toBeVisible();
    await page.locator(search).fill('onerror');
    await tab(page, 'notes').click();
    await expect(page.locator(items)).toHaveCount(1);
    const text = await page.locator(`${items} [data-zettel="overview-item-text"]`).textContent();
    expect(text?.startsWith('<img src=x onerror="window.__zettelPwned=1"><script>')).toBe(true);
    await tab(page, 'markers').click();
    await expect.poll(() => titlesOf(page)).toEqual(['<b>Fett</b> & Co']);
    expect(await page.locator(`${panel} img, ${panel} script, ${panel} b, ${panel} i`).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __zettelPwned?: number }).__zettelPwned)).toBeUndefined();
  });
});

test.describe('overview from the popup', () => {
  test("a popup count opens the overview in the WhatsApp tab at that count's list", async ({ page, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    const { c } = await seed(page, zettel.query);

    const popup = await openPopup();
    await popup.locator('[data-zettel-action="open-overview"][data-overview-tab="markers"]').click();
    await expect(page.locator(dialog)).toBeVisible();
    await expect(tab(page, 'markers')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(items).first()).toContainText(c.title);

    await page.keyboard.press('Escape');
    await expect(page.locator(dialog)).toBeHidden();
    const again = await openPopup();
    await again.locator('[data-zettel-action="open-overview"][data-overview-tab="to-answer"]').click();
    await expect(page.locator(dialog)).toBeVisible();
    await expect(tab(page, 'open')).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('overview in English', () => {
  test.use({ uiLang: 'en' });

  test('English names', async ({ page, stage, zettel }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    await expect(page.locator(openButton)).toHaveAccessibleName('Open the overview: open items, markers, notes, pinned chats (Alt+Shift+O)');
    await page.locator(openButton).click();
    await expect(tab(page, 'open')).toContainText('Open');
    await expect(page.locator(`${panel} [data-zettel="overview-empty"]`)).toHaveText('Nothing open – everything answered.');
  });
});
