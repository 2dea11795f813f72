/**
 * Reminders and the toolbar badge, both profiles. The alarm itself is Chrome's; the test checks that it
 * is set for the right time, then advances the clock through the background's test hook
 * (`fireReminders(until)`: what the alarm does when it rings at that time): the flag turns due in the
 * row and the header, the badge turns red, and the notification's click opens the chat.
 */
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { openChat, rowOf, stageChats, type W } from './chat-marks-support.ts';

type Hooks = {
  __zettelBackground: {
    fireReminders(until: number): Promise<string[]>;
    reminderAlarm(): Promise<number | null>;
    badge(): Promise<{ text: string; color: number[] | string }>;
    clickReminderNotification(id: string): Promise<void>;
  };
};
const hooks = (worker: Worker) => ({
  fire: (until: number) => worker.evaluate((u) => (globalThis as unknown as Hooks).__zettelBackground.fireReminders(u), until),
  alarm: () => worker.evaluate(() => (globalThis as unknown as Hooks).__zettelBackground.reminderAlarm()),
  badge: () => worker.evaluate(() => (globalThis as unknown as Hooks).__zettelBackground.badge()),
  click: (id: string) => worker.evaluate((i) => (globalThis as unknown as Hooks).__zettelBackground.clickReminderNotification(i), id),
});

const HOUR = 3_600_000;

test.describe('reminders and the toolbar badge', () => {
  test('remind in 1 hour: alarm set; when it rings the flag is due, the badge red; the notification opens the chat', async ({ page, stage, zettel, serviceWorker }) => {
    const bg = hooks(serviceWorker);
    await stage.open();
    await zettel.booted();
    expect(await bg.badge()).toMatchObject({ text: '' });
    const chats = await stageChats(page);
    const chat = chats[7]!;
    await openChat(page, chat.key);

    const remind = page.locator('[data-zettel="header-marks"] [data-zettel-action="remind"]');
    await expect(remind).toHaveAccessibleName('An diesen Chat erinnern');
    await remind.click();
    const before = Date.now();
    await page.locator('[data-zettel="remind-menu"] [data-preset="in-1h"]').click();
    await expect(remind).toHaveAccessibleName(/^Erinnerung am /);
    await expect.poll(() => bg.alarm()).toBeGreaterThanOrEqual(before + HOUR - 1000);
    expect(await bg.alarm()).toBeLessThanOrEqual(Date.now() + HOUR + 1000);
    expect(await bg.fire(Date.now() + 30 * 60_000)).toEqual([]); // not due yet

    const fired = await bg.fire(Date.now() + HOUR + 60_000);
    expect(fired).toHaveLength(1);
    await expect.poll(async () => (await rowOf(page, chat.title))?.flag?.state).toBe('due');
    await expect(page.locator('[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(remind).toHaveAccessibleName('An diesen Chat erinnern');
    expect(await bg.alarm()).toBeNull();
    expect(await bg.badge()).toEqual({ text: '1', color: [214, 58, 35, 255] });

    // The notification's click: WhatsApp's tab in front and the chat open (another chat is open now).
    await openChat(page, chats[1]!.key);
    await bg.click(fired[0]!);
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.currentChat()?.key)).toBe(chat.key);

    // A chat far down the list has no row in the DOM: the list is scrolled until it appears.
    const far = chats[chats.length - 2]!;
    expect((await page.evaluate(() => (window as unknown as W).__stage.rowTruth())).some((row) => row.key === far.key)).toBe(false);
    await zettel.query('db.request', { op: 'scheduleReminder', input: { chatKey: `title:${far.title}`, dueAt: Date.now() + 60_000 } });
    const [farId] = await bg.fire(Date.now() + 120_000);
    await bg.click(farId!);
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.currentChat()?.key)).toBe(far.key);
    await expect.poll(async () => (await rowOf(page, far.title))?.flag?.state).toBe('due');
  });

  test('a chosen time; cancel; presets for tomorrow and Monday', async ({ page, stage, zettel, serviceWorker }) => {
    const bg = hooks(serviceWorker);
    await stage.open({ lang: 'en' });
    await zettel.booted();
    const chat = (await stageChats(page))[3]!;
    await openChat(page, chat.key);
    const remind = page.locator('[data-zettel="header-marks"] [data-zettel-action="remind"]');
    await remind.click();
    const menu = page.locator('[data-zettel="remind-menu"]');
    await expect(menu.locator('[data-zettel-action="cancel-reminder"]')).toBeHidden();
    await menu.locator('[data-zettel="remind-custom-time"]').fill('2020-01-01T08:00');
    await menu.locator('[data-zettel-action="remind-custom"]').click();
    await expect(menu.locator('[role="alert"]')).not.toBeEmpty();
    const at = new Date(Date.now() + 3 * 24 * HOUR);
    const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}T09:30`;
    await menu.locator('[data-zettel="remind-custom-time"]').fill(local);
    await menu.locator('[data-zettel-action="remind-custom"]').click();
    await expect(menu).toBeHidden();
    await expect.poll(() => bg.alarm()).toBe(new Date(at.getFullYear(), at.getMonth(), at.getDate(), 9, 30).getTime());

    await remind.click();
    await menu.locator('[data-preset="tomorrow-8"]').click();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(8, 0, 0, 0);
    // One pending reminder per chat: the new one replaced the chosen time.
    await expect.poll(() => bg.alarm()).toBe(tomorrow.getTime());

    await remind.click();
    await menu.locator('[data-preset="monday-8"]').click();
    const monday = new Date();
    monday.setDate(monday.getDate() + (((8 - monday.getDay()) % 7) || 7));
    monday.setHours(8, 0, 0, 0);
    await expect.poll(() => bg.alarm()).toBe(monday.getTime());

    await remind.click();
    await menu.locator('[data-zettel-action="cancel-reminder"]').click();
    await expect.poll(() => bg.alarm()).toBeNull();
    // Zettel speaks the browser's language (German here), whatever WhatsApp's own language is.
    await expect(remind).toHaveAccessibleName('An diesen Chat erinnern');
  });

  test('toolbar badge: the count of chats still to answer, red once one is overdue', async ({ page, stage, zettel, serviceWorker }) => {
    const bg = hooks(serviceWorker);
    await stage.open();
    await zettel.booted();
    const chats = await stageChats(page);
    await zettel.query('db.request', { op: 'flagChat', input: { chatKey: `title:${chats[2]!.title}` } });
    await zettel.query('db.request', { op: 'flagChat', input: { chatKey: `title:${chats[4]!.title}` } });
    await expect.poll(() => bg.badge()).toEqual({ text: '2', color: [217, 154, 0, 255] });
    await zettel.query('db.request', { op: 'flagChat', input: { chatKey: `title:${chats[9]!.title}`, waitingSince: Date.now() - 25 * HOUR } });
    await expect.poll(() => bg.badge()).toEqual({ text: '3', color: [214, 58, 35, 255] });
    await expect.poll(async () => (await rowOf(page, chats[9]!.title))?.flag).toMatchObject({ state: 'open', overdue: 'true', text: '1 Tg.' });
    await zettel.query('db.request', { op: 'unflagChat', input: { chatKey: `title:${chats[9]!.title}` } });
    await expect.poll(() => bg.badge()).toEqual({ text: '2', color: [217, 154, 0, 255] });
  });
});
