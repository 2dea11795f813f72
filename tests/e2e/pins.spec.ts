/**
 * Unlimited pins on the 5,000-chat stage, both profiles: 30 chats pinned from the header across the
 * list, reordered by drag and by keyboard, the order kept through a reload; a pin far down the list
 * (chat #4,000, not rendered) opens its chat through WhatsApp's search, which is put back; unpin; a
 * deleted chat's pin says so and offers to unpin; the row action and Alt+Shift+P; WhatsApp's own pins,
 * search and filters keep working; light and dark theme, short and tall windows (screenshots for the
 * README from the current profile).
 */
import { test, expect } from './fixtures';
import { openChat, stageChats, type W } from './chat-marks-support.ts';
import { currentChatKey, headerPin, pinFromHeader, pinItem, pinNames, rowRendered } from './pins-support.ts';

const BIG = { chats: 5000 };

/** README screenshots go to docs/ only when asked (ZETTEL_SCREENSHOTS=1): the list's times change every run. */
function screenshotPath(name: string): string {
  return process.env.ZETTEL_SCREENSHOTS === '1' ? `docs/screenshots/${name}` : `${process.env.ZETTEL_RESULTS_DIR ?? 'test-results'}/screenshots/${name}`;
}

test.describe('pins', () => {
  test('30 pins across the list: reorder by drag and keyboard, order kept after a reload; WhatsApp’s own pins untouched', async ({ page, stage, zettel }) => {
    test.setTimeout(180_000);
    await stage.open(BIG);
    await zettel.booted();
    const chats = await stageChats(page);
    expect(chats).toHaveLength(5000);
    const picked = Array.from({ length: 30 }, (_, i) => chats[5 + i * 165]!);
    for (const chat of picked) await pinFromHeader(page, chat.key);
    const titles = picked.map((chat) => chat.title);
    await expect.poll(() => pinNames(page)).toEqual(titles);

    // The bar scrolls by itself beyond about eight pins, and stays compact.
    const list = page.locator('[data-zettel="pins"] [role="list"]');
    const size = await list.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    expect(size.scroll).toBeGreaterThan(size.client);
    expect(size.client).toBeLessThanOrEqual(260);
    expect(size.client).toBeGreaterThanOrEqual(7 * 28);

    // Drag the 5th pin onto the 2nd place (pointer events).
    const from = pinItem(page, titles[4]!);
    const to = pinItem(page, titles[1]!);
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + 40, a.y + a.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) await page.mouse.move(a.x + 40, a.y + a.height / 2 + ((b.y + 4 - (a.y + a.height / 2)) * step) / 8);
    await page.mouse.up();
    let expected = [titles[0]!, titles[4]!, titles[1]!, titles[2]!, titles[3]!, ...titles.slice(5)];
    await expect.poll(() => pinNames(page)).toEqual(expected);
    // The drag did not open the chat it ended on.
    expect(await currentChatKey(page)).toBe(picked[29]!.key);

    // Keyboard: the first pin two places down with Alt+↓, announced.
    await pinItem(page, expected[0]!).locator('[data-zettel-action="open-pin"]').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    expected = [expected[1]!, expected[2]!, expected[0]!, ...expected.slice(3)];
    await expect.poll(() => pinNames(page)).toEqual(expected);
    await expect(page.locator('[data-zettel="pins-live"]')).toHaveText(`„${expected[2]}“ ist jetzt an Position 3 von 30.`);
    // The focus stayed on the moved pin; Alt+↑ moves it back up one.
    await page.keyboard.press('Alt+ArrowUp');
    expected = [expected[0]!, expected[2]!, expected[1]!, ...expected.slice(3)];
    await expect.poll(() => pinNames(page)).toEqual(expected);
    await expect.poll(async () => (await zettel.query<Array<{ chatKey: string }>>('db.request', { op: 'listPins' })).length).toBe(30);

    await stage.reload();
    await zettel.booted();
    await expect.poll(() => pinNames(page)).toEqual(expected);

    // WhatsApp's three native pins: still first in the list, and a press still opens one.
    const native = (await stageChats(page)).slice(0, 3);
    const truth = await page.evaluate(() => (window as unknown as W).__stage.rowTruth().sort((x, y) => x.top - y.top).slice(0, 3));
    expect(truth.map((row) => row.title)).toEqual(native.map((chat) => chat.title));
    const nativeRow = page.locator('#pane-side [style*="transform"]', { hasText: native[1]!.title }).first();
    await expect(nativeRow.locator('[aria-label="Angeheftet"], [aria-label="Angehefteter Chat"], [data-icon*="pin"]').first()).toBeVisible();
    await nativeRow.locator('[title]').first().click();
    await expect.poll(() => currentChatKey(page)).toBe(native[1]!.key);
  });

  test('chat #4,000 opens from its pin through WhatsApp’s search, which is put back; unpin; a deleted chat is reported', async ({ page, stage, zettel }) => {
    test.setTimeout(120_000);
    await stage.open(BIG);
    await zettel.booted();
    const chats = await stageChats(page);
    // Chat #4,000 (or the next one with a name of its own: the stage's generated names may repeat,
    // and a name is all a row shows).
    const unique = (index: number) => chats.slice(index).find((chat) => chats.filter((other) => other.title === chat.title).length === 1)!;
    const far = unique(3999);
    expect(far.index).toBeLessThan(4010);
    const gone = unique(2500);
    await pinFromHeader(page, far.key);
    await pinFromHeader(page, gone.key);
    await openChat(page, chats[1]!.key);
    await page.evaluate(() => document.querySelector('#pane-side')!.scrollTo(0, 0));
    expect(await rowRendered(page, far.key)).toBe(false);

    const search = page.locator('#side input[type="text"]');
    await pinItem(page, far.title).locator('[data-zettel-action="open-pin"]').click();
    await expect.poll(() => currentChatKey(page)).toBe(far.key);
    await expect(search).toHaveValue('');
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.chats().length)).toBe(5000);
    await expect(pinItem(page, far.title)).toHaveAttribute('data-current', '');

    // Whatever the user had typed into the search box is put back (also after an impatient double click).
    await openChat(page, chats[2]!.key);
    await search.fill('Bau');
    await pinItem(page, far.title).locator('[data-zettel-action="open-pin"]').dblclick();
    await expect.poll(() => currentChatKey(page)).toBe(far.key);
    await expect(search).toHaveValue('Bau');
    await search.fill('');

    // Unpin from the bar: the header shows it at once.
    await expect(page.locator(headerPin)).toHaveAttribute('aria-pressed', 'true');
    await pinItem(page, far.title).hover();
    await pinItem(page, far.title).locator('[data-zettel-action="unpin"]').click();
    await expect.poll(() => pinNames(page)).toEqual([gone.title]);
    await expect(page.locator(headerPin)).toHaveAttribute('aria-pressed', 'false');

    // The chat behind a pin was deleted: the pin says so and offers to unpin.
    await page.evaluate((k) => (window as unknown as W).__stage.deleteChat(k), gone.key);
    await pinItem(page, gone.title).locator('[data-zettel-action="open-pin"]').click();
    const notice = page.locator('[data-zettel="pin-missing"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`„${gone.title}“ wurde in WhatsApp nicht gefunden`);
    await expect(pinItem(page, gone.title)).toHaveAttribute('data-state', 'missing');
    expect(await currentChatKey(page)).toBe(far.key);
    await expect(search).toHaveValue('');
    await notice.locator('[data-zettel-action="unpin-missing"]').click();
    await expect.poll(() => pinNames(page)).toEqual([]);
    await expect(page.locator('[data-zettel="pins"]')).toBeHidden();
    await expect.poll(async () => zettel.query<unknown[]>('db.request', { op: 'listPins' })).toEqual([]);
  });

  test('without a usable search box (WhatsApp changed it), a pin far down opens its chat by scrolling the list', async ({ page, stage, zettel }) => {
    await stage.open({ chats: 800 });
    await zettel.booted();
    const chats = await stageChats(page);
    const far = chats.slice(600).find((chat) => chats.filter((other) => other.title === chat.title).length === 1)!;
    await pinFromHeader(page, far.key);
    await openChat(page, chats[1]!.key);
    // The search box loses every hook Zettel knows (id, testid, data-tab, role, label): the list is scrolled instead.
    await page.evaluate(() => (window as unknown as W).__stage.drift('app-shell', 'remove'));
    await page.evaluate(() => document.querySelector('#pane-side')!.scrollTo(0, 0));
    expect(await rowRendered(page, far.key)).toBe(false);
    const typed: string[] = await page.evaluate(() => {
      const log: string[] = [];
      document.addEventListener('input', (event) => log.push((event.target as HTMLInputElement).value), true);
      (window as unknown as { __typed: string[] }).__typed = log;
      return log;
    });
    expect(typed).toEqual([]);
    await pinItem(page, far.title).locator('[data-zettel-action="open-pin"]').click();
    await expect.poll(() => currentChatKey(page), { timeout: 20_000 }).toBe(far.key);
    // Nothing was typed into a box Zettel could not recognise.
    expect(await page.evaluate(() => (window as unknown as { __typed: string[] }).__typed)).toEqual([]);
  });

  test('pin from a row’s hover action and with Alt+Shift+P; the bar folds and remembers it', async ({ page, stage, zettel }) => {
    await stage.open({ ...BIG, lang: 'en' });
    await zettel.booted();
    const chats = await stageChats(page);
    const target = chats[6]!;
    const rowAction = page.locator('#pane-side [style*="transform"]', { hasText: target.title }).locator('[data-zettel-action="toggle-pin"]');
    await rowAction.hover();
    await expect(rowAction).toHaveAttribute('aria-pressed', 'false');
    await rowAction.click();
    await expect.poll(() => pinNames(page)).toEqual([target.title]);
    await expect(rowAction).toHaveAttribute('aria-pressed', 'true');
    // Pressing our action did not open the chat (WhatsApp selects rows on mousedown).
    expect(await currentChatKey(page)).toBeNull();

    const second = chats[9]!;
    await openChat(page, second.key);
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.press('Alt+Shift+P');
    await expect(page.locator(headerPin)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => pinNames(page)).toEqual([target.title, second.title]);
    // The shortcut typed nothing into the draft.
    expect((await page.evaluate(() => (window as unknown as W).__stage.composer()))?.modelText ?? '').toBe('');
    await page.keyboard.press('Alt+Shift+P');
    await expect(page.locator(headerPin)).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => pinNames(page)).toEqual([target.title]);

    const toggle = page.locator('[data-zettel="pins"] [data-zettel-action="toggle-pins"]');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-zettel="pins"] [role="list"]')).toBeHidden();
    await stage.reload();
    await zettel.booted();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(pinItem(page, target.title)).toBeVisible();
  });
});

test('pins bar in light and dark theme, short and tall windows: visible, usable, WhatsApp’s search and filters uncovered', async ({ page, stage, zettel, profile }) => {
  test.setTimeout(120_000);
  await stage.open(BIG);
  await zettel.booted();
  const chats = await stageChats(page);
  // A realistic bar: named customers and crews, one flagged, labels, WhatsApp's unread counts.
  const names = ['Team Montag', 'Anna Müller', 'Familie Özdemir', 'Baustelle Lindenstraße 12', 'Elektrogroßhandel Becker', 'Peter Schulz', 'Neubau Gartenweg 3'];
  const picked = names.map((name) => chats.find((chat) => chat.title === name)).filter((chat) => chat !== undefined);
  const unique = (index: number) => chats.slice(index).find((chat) => chats.filter((other) => other.title === chat.title).length === 1)!;
  const spread = [unique(1200), unique(2600), unique(4100)];
  for (const chat of [...picked, ...spread]) await zettel.query('db.request', { op: 'pinChat', input: { chatKey: `title:${chat.title}` } });
  const labels = await zettel.query<Array<{ id: string; name: string }>>('db.request', { op: 'listLabels' });
  await zettel.query('db.request', { op: 'setChatLabels', input: { chatKey: `title:${picked[2]!.title}`, labelIds: labels.slice(0, 2).map((l) => l.id) } });
  await zettel.query('db.request', { op: 'setChatLabels', input: { chatKey: `title:${picked[3]!.title}`, labelIds: labels.slice(2, 3).map((l) => l.id) } });
  await zettel.query('db.request', { op: 'flagChat', input: { chatKey: `title:${picked[1]!.title}`, waitingSince: Date.now() - 3 * 3_600_000 } });
  await expect.poll(() => pinNames(page)).toHaveLength(picked.length + spread.length);
  const teamMontag = chats.find((chat) => chat.title === 'Team Montag')!;
  await expect(pinItem(page, teamMontag.title).locator('[data-zettel="pin-unread"]')).toHaveText(String(teamMontag.unread));
  await expect(pinItem(page, picked[1]!.title).locator('[data-zettel="pin-flag"]')).toBeVisible();
  await expect(pinItem(page, picked[2]!.title).locator('[data-zettel="chat-label"]')).toHaveCount(2);

  const uncovered = async () => {
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const bar = await box('[data-zettel="pins"]');
    const searchBox = await box('#side input[type="text"]');
    const filters = await box('#side [role="tablist"]');
    const list = await box('#pane-side');
    expect(searchBox.y + searchBox.height).toBeLessThanOrEqual(bar.y);
    expect(filters.y + filters.height).toBeLessThanOrEqual(bar.y);
    expect(bar.y + bar.height).toBeLessThanOrEqual(list.y + 1);
    // The chat list keeps room to work with.
    expect(list.height).toBeGreaterThan(150);
    return bar;
  };
  const side = page.locator('#side');
  const themeOf = () => page.evaluate(() => document.documentElement.getAttribute('data-zt-theme'));
  const nameColor = () => pinItem(page, picked[0]!.title).locator('[data-zettel="pin-name"]').evaluate((el) => getComputedStyle(el).color);

  await uncovered();
  expect(await themeOf()).toBe('light');
  const lightColor = await nameColor();
  if (profile === 'current-2026') await side.screenshot({ path: screenshotPath('pins-light.png') });

  await page.evaluate(() => (window as unknown as W).__stage.setTheme('dark'));
  await expect.poll(themeOf).toBe('dark');
  await expect.poll(nameColor).not.toBe(lightColor);
  await uncovered();
  if (profile === 'current-2026') await side.screenshot({ path: screenshotPath('pins-dark.png') });
  // Usable in the dark: a far pin opens its chat.
  await pinItem(page, spread[2]!.title).locator('[data-zettel-action="open-pin"]').click();
  await expect.poll(() => currentChatKey(page)).toBe(spread[2]!.key);
  // WhatsApp's search still works as before.
  await page.locator('#side input[type="text"]').fill('Anna');
  await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.chats().every((chat) => chat.title.toLowerCase().includes('anna')))).toBe(true);
  await page.locator('#side input[type="text"]').fill('');

  // A short window: the bar gives up height first (its list scrolls), the chat list keeps room.
  await page.setViewportSize({ width: 900, height: 560 });
  const short = await uncovered();
  expect(short.height).toBeLessThanOrEqual(560 / 3 + 40);
  await page.setViewportSize({ width: 1800, height: 1100 });
  await uncovered();
  // A narrow side column (WhatsApp narrows it on small windows): names shorten, nothing spills out.
  await page.evaluate(() => {
    const column = document.querySelector('#side')!.parentElement!;
    column.style.width = '300px';
  });
  const overflow = await page.locator('[data-zettel="pins"]').evaluate((bar) => {
    const side = bar.closest('#side')!.getBoundingClientRect();
    const items = [...bar.querySelectorAll<HTMLElement>('[data-zettel="pin"]')];
    return {
      spills: bar.scrollWidth > bar.clientWidth + 1,
      outside: items.filter((item) => item.getBoundingClientRect().right > side.right + 1).length,
      unpinInside: items.every((item) => item.querySelector('[data-zettel-action="unpin"]')!.getBoundingClientRect().right <= side.right + 1),
    };
  });
  expect(overflow).toEqual({ spills: false, outside: 0, unpinInside: true });
  await uncovered();
  await page.evaluate(() => (window as unknown as W).__stage.setTheme('light'));
  await expect.poll(themeOf).toBe('light');
  await pinItem(page, picked[0]!.title).locator('[data-zettel-action="open-pin"]').click();
  await expect.poll(() => currentChatKey(page)).toBe(teamMontag.key);
  // Opening the chat clears WhatsApp's count, in the bar too.
  await expect(pinItem(page, teamMontag.title).locator('[data-zettel="pin-unread"]')).toBeHidden();
});
