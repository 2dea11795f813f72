/**
 * Options › Reminders: the time of the "tomorrow" and "next Monday" presets, both profiles. The menu in
 * the open WhatsApp tab follows a change at once (live settings), "tomorrow" schedules at that local
 * time (read back from the database through the test bridge), and bad input is refused with a message
 * and nothing stored.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openChat, stageChats } from './chat-marks-support.ts';

type Reminder = { chatKey: string; dueAt: number; firedAt: number | null };
type Settings = Record<string, unknown>;

/** Tomorrow / next Monday at hh:mm in the browser's local time (computed in the page: its zone counts). */
function localPresets(page: Page, hours: number, minutes: number) {
  return page.evaluate(
    ([h, m]) => {
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      tomorrow.setHours(h!, m!, 0, 0);
      const monday = new Date();
      monday.setDate(monday.getDate() + ((8 - monday.getDay()) % 7 || 7));
      monday.setHours(h!, m!, 0, 0);
      return { tomorrow: tomorrow.getTime(), monday: monday.getTime() };
    },
    [hours, minutes],
  );
}

test.describe('reminder defaults', () => {
  test('07:30 set in the options: the open menu shows 7:30 and "tomorrow" schedules at 07:30 local', async ({ page, stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    const chat = (await stageChats(page))[5]!;
    await openChat(page, chat.key);
    const remind = page.locator('[data-zettel="header-marks"] [data-zettel-action="remind"]');
    const menu = page.locator('[data-zettel="remind-menu"]');
    await remind.click();
    await expect(menu.locator('[data-preset="tomorrow-8"]')).toHaveText('Morgen um 8:00');
    await expect(menu.locator('[data-preset="monday-8"]')).toHaveText('Nächsten Montag um 8:00');
    await page.keyboard.press('Escape');

    const options = await openOptions();
    await options.goto(options.url() + '#reminders');
    await expect(options.getByRole('heading', { name: 'Erinnerungen' })).toBeVisible();
    const time = options.locator('[data-zettel="reminders-morning-time"]');
    await expect(time).toHaveValue('08:00');
    await time.fill('7:30');
    await time.press('Enter');
    await expect(options.locator('[data-zettel="reminders-status"]')).toHaveAttribute('data-state', 'ok');
    await expect(time).toHaveValue('07:30');
    expect((await zettel.query<Settings>('db.request', { op: 'getSettings' }))['reminders.morningTime']).toBe('07:30');

    // The WhatsApp tab follows without a reload.
    await page.bringToFront();
    await remind.click();
    await expect(menu.locator('[data-preset="tomorrow-8"]')).toHaveText('Morgen um 7:30');
    await expect(menu.locator('[data-preset="monday-8"]')).toHaveText('Nächsten Montag um 7:30');
    await expect(menu.locator('[data-preset="in-1h"]')).toHaveText('In 1 Stunde');
    await menu.locator('[data-preset="tomorrow-8"]').click();
    const expected = await localPresets(page, 7, 30);
    await expect.poll(async () => (await zettel.query<Reminder[]>('db.request', { op: 'listReminders' })).map((r) => r.dueAt)).toEqual([expected.tomorrow]);
    const [stored] = await zettel.query<Reminder[]>('db.request', { op: 'listReminders' });
    // 07:30 on the browser's clock, whatever its zone.
    expect(await page.evaluate((at) => [new Date(at).getHours(), new Date(at).getMinutes()], stored!.dueAt)).toEqual([7, 30]);

    // Monday replaces it (one pending reminder per chat), also at 07:30.
    await remind.click();
    await menu.locator('[data-preset="monday-8"]').click();
    await expect
      .poll(async () => (await zettel.query<Reminder[]>('db.request', { op: 'listReminders' })).filter((r) => r.firedAt === null).map((r) => r.dueAt))
      .toEqual([expected.monday]);
  });

  test('bad input is refused with a message, nothing is stored and the menu keeps 8:00', async ({ page, stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    const options = await openOptions();
    await options.goto(options.url() + '#reminders');
    const time = options.locator('[data-zettel="reminders-morning-time"]');
    const error = options.locator('[data-zettel="reminders-morning-time-error"]');
    await expect(time).toHaveValue('08:00');
    for (const bad of ['25:00', '7:60', 'acht', '']) {
      await time.fill(bad);
      await time.press('Enter');
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('role', 'alert');
      await expect(error).toContainText('Bitte eine Uhrzeit von 00:00 bis 23:59 eingeben');
      await expect(error).toContainText('Gespeichert bleibt 08:00');
      await expect(time).toHaveAttribute('aria-invalid', 'true');
      // The bad text stays in the field so the user sees what to fix.
      await expect(time).toHaveValue(bad);
    }
    await expect(options.locator('[data-zettel="reminders-status"]')).toHaveCount(0);
    expect((await zettel.query<Settings>('db.request', { op: 'getSettings' }))['reminders.morningTime']).toBe('08:00');

    await page.bringToFront();
    const chat = (await stageChats(page))[2]!;
    await openChat(page, chat.key);
    await page.locator('[data-zettel="header-marks"] [data-zettel-action="remind"]').click();
    await expect(page.locator('[data-zettel="remind-menu"] [data-preset="tomorrow-8"]')).toHaveText('Morgen um 8:00');
    expect(await zettel.query<Reminder[]>('db.request', { op: 'listReminders' })).toEqual([]);

    // A good value afterwards clears the message.
    await time.fill('06:45');
    await time.press('Enter');
    await expect(error).toHaveCount(0);
    await expect(time).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-zettel="remind-menu"] [data-preset="tomorrow-8"]')).toHaveText('Morgen um 6:45');
  });
});

test.describe('reminder defaults in English', () => {
  test.use({ uiLang: 'en' });
  test('the section and the menu speak English', async ({ page, stage, zettel, openOptions }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    const options = await openOptions();
    await options.goto(options.url() + '#reminders');
    await expect(options.getByRole('heading', { name: 'Reminders' })).toBeVisible();
    const time = options.locator('[data-zettel="reminders-morning-time"]');
    await time.fill('24:00');
    await time.press('Enter');
    await expect(options.locator('[data-zettel="reminders-morning-time-error"]')).toContainText('“24:00” is not a time of day');
    await time.fill('9.15');
    await time.press('Enter');
    await expect(time).toHaveValue('09:15');
    await page.bringToFront();
    await openChat(page, (await stageChats(page))[1]!.key);
    await page.locator('[data-zettel="header-marks"] [data-zettel-action="remind"]').click();
    const menu = page.locator('[data-zettel="remind-menu"]');
    await expect(menu.locator('[data-preset="tomorrow-8"]')).toHaveText('Tomorrow at 9:15');
    await expect(menu.locator('[data-preset="monday-8"]')).toHaveText('Next Monday at 9:15');
  });
});
