/**
 * Labels, both profiles: the default labels (German), created/renamed/recolored/reordered/deleted in
 * the options page; assigned from the conversation header; chips in the row ("+N" beyond the visible
 * ones) and in the header, live while the options page changes them; side by side with the flag,
 * never covering WhatsApp's unread badge or pin.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openChat, rowOf, stageChats, type W } from './chat-marks-support.ts';

const DEFAULTS_DE = ['Neuer Auftrag', 'Zahlung ausstehend', 'Bezahlt', 'Auftrag abgeschlossen', 'Angebot', 'Termin', 'Lieferant', 'Baustelle'];

async function labelNames(options: Page): Promise<string[]> {
  return options.locator('[data-zettel="label-item"] [data-zettel-action="rename-label"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

test.describe('labels', () => {
  test('options: defaults, create, rename, recolor, reorder, delete', async ({ openOptions }) => {
    const options = await openOptions();
    await options.goto(options.url() + '#labels');
    await expect.poll(() => labelNames(options)).toEqual(DEFAULTS_DE);

    await options.locator('[data-zettel="new-label-name"]').fill('Dringend');
    await options.locator('[data-zettel-action="pick-color"]').nth(1).click();
    await options.locator('[data-zettel-action="create-label"]').click();
    await expect(options.locator('[data-zettel="labels-status"]')).toHaveAttribute('data-state', 'ok');
    await expect.poll(() => labelNames(options)).toEqual([...DEFAULTS_DE, 'Dringend']);
    const urgent = options.locator('[data-zettel="label-item"]').last();
    await expect(urgent.locator('[data-zettel-action="recolor-label"]')).toHaveValue('#c0392b');

    // A name that exists is refused with a message.
    await options.locator('[data-zettel="new-label-name"]').fill('angebot');
    await options.locator('[data-zettel-action="create-label"]').click();
    await expect(options.locator('[data-zettel="labels-status"]')).toHaveAttribute('data-state', 'error');

    await urgent.locator('[data-zettel-action="rename-label"]').fill('Sehr dringend');
    await urgent.locator('[data-zettel-action="rename-label"]').press('Enter');
    await expect.poll(() => labelNames(options)).toEqual([...DEFAULTS_DE, 'Sehr dringend']);
    await urgent.locator('[data-zettel-action="recolor-label"]').fill('#123456');
    await expect(urgent.locator('[data-zettel-action="recolor-label"]')).toHaveValue('#123456');

    await options.locator('[data-zettel="label-item"]').last().locator('[data-zettel-action="move-label-up"]').click();
    await expect.poll(() => labelNames(options)).toEqual([...DEFAULTS_DE.slice(0, 7), 'Sehr dringend', 'Baustelle']);

    const item = options.locator('[data-zettel="label-item"]').nth(7);
    await item.locator('[data-zettel-action="delete-label"]').click();
    await item.locator('[data-zettel-action="confirm-delete-label"]').click();
    await expect.poll(() => labelNames(options)).toEqual(DEFAULTS_DE);
  });

  test('assign from the header; chips in the row and header, live from the options page; beside the flag', async ({ page, stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    const chats = await stageChats(page);
    const anna = chats.find((chat) => chat.title === 'Anna Müller')!;
    await openChat(page, anna.key);

    const edit = page.locator('[data-zettel="header-marks"] [data-zettel-action="edit-labels"]');
    await expect(edit).toHaveAccessibleName('Labels dieses Chats bearbeiten');
    await edit.click();
    const menu = page.locator('[data-zettel="label-menu"]');
    await expect(menu).toBeVisible();
    for (const name of ['Angebot', 'Termin', 'Baustelle']) await menu.locator('label', { hasText: name }).locator('input').check();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Row: one chip and "+2" (the user's label order); header: all three.
    await expect.poll(async () => { const row = await rowOf(page, anna.title); return [row?.labels, row?.more]; }).toEqual([['Angebot'], '+2']);
    await expect(page.locator('[data-zettel="header-marks"] [data-zettel="chat-label"]')).toHaveText(['Angebot', 'Termin', 'Baustelle']);

    // Flag too: badge and chips side by side; WhatsApp's unread badge and pin stay visible and uncovered.
    await page.locator('[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]').click();
    await expect.poll(async () => (await rowOf(page, anna.title))?.flag?.state).toBe('open');
    await page.evaluate(() => (window as unknown as W).__stage.openChat((window as unknown as W).__stage.chats()[5]!.key));
    await page.evaluate((key) => (window as unknown as W).__stage.receiveMessage(key, 'Noch eine Frage'), anna.key);
    const overlap = await page.evaluate((title) => {
      const item = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="transform"]')].find((el) => el.querySelector(`[title="${title}"]`));
      const marks = item?.querySelector('[data-zettel="chat-marks"]')?.getBoundingClientRect();
      const own = [...(item?.querySelectorAll('[aria-label]') ?? [])].filter((el) => !el.closest('[data-zettel]'));
      return own.map((el) => {
        const r = el.getBoundingClientRect();
        const hit = marks ? !(r.right <= marks.left || r.left >= marks.right || r.bottom <= marks.top || r.top >= marks.bottom) : true;
        return { label: el.getAttribute('aria-label'), visible: r.width > 0 && r.height > 0, hit };
      });
    }, anna.title);
    expect(overlap.length).toBeGreaterThan(0);
    for (const indicator of overlap) expect(indicator, JSON.stringify(indicator)).toMatchObject({ visible: true, hit: false });

    // Recolor and delete in the options page: the page follows live.
    const options = await openOptions();
    await options.goto(options.url() + '#labels');
    const quote = options.locator('[data-zettel="label-item"]', { has: options.locator('input[value="Angebot"]') });
    await quote.locator('[data-zettel-action="recolor-label"]').fill('#00aa00');
    await expect.poll(() => page.locator('#pane-side [data-zettel="chat-label"]').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 170, 0)');
    await quote.locator('[data-zettel-action="delete-label"]').click();
    await quote.locator('[data-zettel-action="confirm-delete-label"]').click();
    await expect.poll(async () => { const row = await rowOf(page, anna.title); return [row?.labels, row?.more]; }).toEqual([['Termin', 'Baustelle'], null]);
    expect((await rowOf(page, anna.title))?.flag?.state).toBe('open');

    await stage.reload();
    await zettel.booted();
    await expect.poll(async () => (await rowOf(page, anna.title))?.labels).toEqual(['Termin', 'Baustelle']);
  });
});

test("WhatsApp's own label chip, pin and unread badge stay visible beside Zettel's flag and labels", async ({ page, stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  const becker = 'title:Elektrogroßhandel Becker';
  await page.evaluate(() => {
    const stage = (window as unknown as W).__stage;
    stage.receiveMessage(stage.chats().find((c) => c.title === 'Elektrogroßhandel Becker')!.key, 'Lieferung kommt Donnerstag');
  });
  await zettel.query('db.request', { op: 'flagChat', input: { chatKey: becker } });
  await zettel.query('db.request', { op: 'setChatLabels', input: { chatKey: becker, labelIds: ['default-supplier', 'default-new-order', 'default-quote'] } });
  await expect.poll(async () => { const row = await rowOf(page, 'Elektrogroßhandel Becker'); return [row?.flag?.state, row?.labels, row?.more]; }).toEqual(['open', ['Neuer Auftrag'], '+2']);
  const check = await page.evaluate(() => {
    const item = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="transform"]')].find((el) => el.querySelector('[title="Elektrogroßhandel Becker"]'))!;
    const marks = item.querySelector('[data-zettel="chat-marks"]')!.getBoundingClientRect();
    const theirs = [item.querySelector('[data-testid="cell-frame-label"]'), ...item.querySelectorAll('[aria-label]')].filter((el): el is Element => el !== null && !el.closest('[data-zettel]'));
    return theirs.map((el) => {
      const r = el.getBoundingClientRect();
      return { what: el.getAttribute('aria-label') ?? el.textContent, visible: r.width > 0 && r.height > 0, overlaps: !(r.right <= marks.left || r.left >= marks.right || r.bottom <= marks.top || r.top >= marks.bottom) };
    });
  });
  expect(check.map((c) => c.what)).toEqual(expect.arrayContaining(['Lieferant']));
  for (const indicator of check) expect(indicator, JSON.stringify(indicator)).toMatchObject({ visible: true, overlaps: false });
});
