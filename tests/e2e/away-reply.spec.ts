/**
 * Away replies on the stage, both profiles, with the hours clock set through the test bridge:
 * the one-click suggestion (after hours only, 1:1 chats only, inserted not sent) and the opt-in
 * automatic reply (exactly one per chat per closed period, none in groups, none for old messages or
 * messages from before it was switched on, the hourly limit, the log and the popup, off at once).
 */
import { test, expect } from './fixtures';
import type { ZettelHandle } from './fixtures';
import { openChat, receive, sent, setAutoReply, setClock, setFirm, stageChats, type W } from './hours-support.ts';

const suggestion = '[data-zettel="away-suggestion"]';
const TUESDAY_EVENING = '2026-05-12T18:00:00+02:00';
const REPLY_TUESDAY = 'Danke für Ihre Nachricht! Wir sind ab Mittwoch, 13. Mai um 7:00 Uhr wieder für Sie da.';
/** A send is typed, sent and seen in the chat: allow for a machine busy with other test runs. */
const SEND_TIMEOUT = 20_000;
const REPLY_WEDNESDAY = 'Danke für Ihre Nachricht! Wir sind ab Freitag, 15. Mai um 7:00 Uhr wieder für Sie da.';

interface Decision {
  chatKey: string;
  action: string;
  reason: string;
  outcome?: string;
}
const decisions = (zettel: ZettelHandle) => zettel.query<Decision[]>('away.decisions');

async function chatsByKind(page: import('@playwright/test').Page) {
  const chats = await stageChats(page);
  const users = chats.filter((chat) => chat.kind === 'user' && chat.unread === 0);
  const group = chats.find((chat) => chat.kind === 'group')!;
  const unread = chats.find((chat) => chat.kind === 'user' && chat.unread > 0)!;
  return { users, group, unread };
}

test.describe('away reply suggestion', () => {
  test('after hours only, in 1:1 chats only; inserts the text without sending', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await setFirm(zettel);
    const { users, group } = await chatsByKind(page);
    const customer = users[0]!;

    // During opening hours: no suggestion.
    await setClock(zettel, '2026-05-13T10:00:00+02:00');
    await openChat(page, zettel, customer.key);
    await receive(page, customer.key, 'Guten Morgen, haben Sie heute Zeit?');
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'none', reason: 'open' });
    await expect(page.locator(suggestion)).toHaveCount(0);

    // After hours: the suggestion appears for the new message.
    await setClock(zettel, TUESDAY_EVENING);
    await receive(page, customer.key, 'Hallo, sind Sie noch da?');
    await expect(page.locator(suggestion)).toBeVisible();
    const insert = page.locator(`${suggestion} [data-zettel-action="insert-away-reply"]`);
    await expect(insert).toHaveAccessibleName('Abwesenheitsnotiz einfügen');
    await insert.click();
    await expect(page.locator(suggestion)).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.composer()?.modelText)).toBe(REPLY_TUESDAY);
    expect(await sent(page)).toEqual([]);

    // A group never gets the suggestion.
    await openChat(page, zettel, group.key);
    await receive(page, group.key, 'Material ist da', 'Jonas');
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'none', reason: 'not-direct' });
    await expect(page.locator(suggestion)).toHaveCount(0);

    // Dismiss closes it.
    const other = users[1]!;
    await openChat(page, zettel, other.key);
    await receive(page, other.key, 'Noch eine Frage');
    await page.locator(`${suggestion} [data-zettel-action="dismiss-away-suggestion"]`).click();
    await expect(page.locator(suggestion)).toHaveCount(0);

    // Answering yourself also ends it.
    await receive(page, other.key, 'Hallo?');
    await expect(page.locator(suggestion)).toBeVisible();
    await zettel.query('insertText', { text: 'Bin gleich für Sie da.' });
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ key: other.key, text: 'Bin gleich für Sie da.' }]);
    await expect(page.locator(suggestion)).toHaveCount(0);
  });
});

test.describe('automatic away reply', () => {
  // What the feature decided says more about a failure than a count that did not change.
  test.afterEach(async ({ zettel }, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) {
      const seen = JSON.stringify(await decisions(zettel).catch(() => 'unavailable'));
      await testInfo.attach('away decisions', { body: seen, contentType: 'application/json' });
      console.log(`away decisions: ${seen}`);
    }
  });

  test('once per chat per closed period, never groups or old messages, hourly limit, log, off at once', async ({ page, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await setFirm(zettel);
    const { users, group, unread } = await chatsByKind(page);
    const [a, b, c, d] = users as [typeof users[0], typeof users[0], typeof users[0], typeof users[0]];
    await setClock(zettel, TUESDAY_EVENING);

    // Off: a message only gets the suggestion.
    await openChat(page, zettel, a.key);
    await receive(page, a.key, 'Hallo?');
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'suggest', reason: 'auto-off' });
    await expect(page.locator(suggestion)).toBeVisible();

    // Switched on (at most 2 per hour): the message from before is not answered; the next one is, once.
    await setAutoReply(zettel, true, 2);
    await receive(page, a.key, 'Ist jemand da?');
    await expect.poll(() => sent(page), { timeout: SEND_TIMEOUT }).toEqual([{ key: a.key, text: REPLY_TUESDAY }]);
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'send', outcome: 'sent' });
    await expect(page.locator(suggestion)).toHaveCount(0);
    await receive(page, a.key, 'Hallo??');
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'none', reason: 'already-replied-this-period' });

    // Old (unread) messages in a chat opened now are not answered; a group never is.
    const before = (await decisions(zettel)).length;
    await openChat(page, zettel, unread.key);
    await openChat(page, zettel, group.key);
    await receive(page, group.key, 'Wer kommt morgen?', 'Jonas');
    await expect.poll(async () => (await decisions(zettel)).length).toBe(before + 1);
    expect((await decisions(zettel)).at(-1)).toMatchObject({ action: 'none', reason: 'not-direct' });
    expect(await sent(page)).toHaveLength(1);

    // The hourly limit: the second chat gets its reply, the third only the suggestion.
    await openChat(page, zettel, b.key);
    await receive(page, b.key, 'Guten Abend');
    await expect.poll(async () => (await sent(page)).length, { timeout: SEND_TIMEOUT }).toBe(2);
    await openChat(page, zettel, c.key);
    await receive(page, c.key, 'Guten Abend auch von mir');
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'suggest', reason: 'rate-limit' });
    await expect(page.locator(suggestion)).toBeVisible();
    expect(await sent(page)).toHaveLength(2);

    // The next closed period (Wednesday evening; Thursday is Ascension Day): chat A gets one more.
    await setClock(zettel, '2026-05-13T18:00:00+02:00');
    await openChat(page, zettel, a.key);
    await receive(page, a.key, 'Und heute?');
    await expect
      .poll(async () => (await sent(page)).length, { timeout: SEND_TIMEOUT })
      .toBe(3);
    expect((await sent(page)).at(-1)).toEqual({ key: a.key, text: REPLY_WEDNESDAY });

    // The log: three replies, newest first, and the popup lists them.
    // (Logged once the reply is seen in the chat, so just after it appears.)
    const readLog = () => zettel.query<Array<{ chatKey: string; sentAt: number }>>('db.request', { op: 'listAwayReplies', input: {} });
    await expect.poll(async () => (await readLog()).length, { timeout: SEND_TIMEOUT }).toBe(3);
    const log = await readLog();
    expect(log.map((entry) => entry.sentAt)).toEqual([...log.map((entry) => entry.sentAt)].sort((x, y) => y - x));
    expect(log.map((entry) => entry.chatKey.replace(/^title:/, '')).filter((key) => key.includes(a.title) || key.includes(a.jid))).toHaveLength(2);
    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="away-replies"]')).toHaveAttribute('data-state', 'on');
    await expect(popup.locator('[data-zettel="away-reply-entry"]')).toHaveCount(3);
    await expect(popup.locator('[data-zettel="away-reply-entry"]').first()).toContainText(a.title);
    await expect(popup.locator('[data-zettel="away-reply-entry"][data-state="sent"]')).toHaveCount(3);
    await popup.close();

    // Switched off: a new chat gets the suggestion, no reply.
    await setAutoReply(zettel, false);
    await openChat(page, zettel, d.key);
    await receive(page, d.key, 'Hallo!');
    await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ action: 'suggest', reason: 'auto-off' });
    expect(await sent(page)).toHaveLength(3);
  });
});

type BackgroundHooks = { __zettelBackground: { fireReminders(until: number): Promise<string[]> } };
const HOUR = 3_600_000;

test.describe("Zettel's own reply is never the user's answer; limits hold across a reload", () => {
  test.afterEach(async ({ zettel }, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) console.log(`away decisions: ${JSON.stringify(await decisions(zettel).catch(() => 'unavailable'))}`);
  });

  test('flagged chat with a due reminder: the automatic reply goes out, flag and reminder stay (also after a reload)', async ({ page, stage, zettel, serviceWorker }) => {
    await stage.open();
    await zettel.booted();
    await setFirm(zettel);
    const { users } = await chatsByKind(page);
    const customer = users[0]!;
    await setClock(zettel, TUESDAY_EVENING);
    await openChat(page, zettel, customer.key);

    // Flag the chat, set a reminder and let it ring: the flag is due.
    const toggle = page.locator('[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.locator('[data-zettel="header-marks"] [data-zettel-action="remind"]').click();
    await page.locator('[data-zettel="remind-menu"] [data-preset="in-1h"]').click();
    const listReminders = () => zettel.query<Array<{ chatKey: string; firedAt: number | null }>>('db.request', { op: 'listReminders', input: {} });
    await expect.poll(async () => (await listReminders()).length).toBe(1);
    const fired = await serviceWorker.evaluate((until) => (globalThis as unknown as BackgroundHooks).__zettelBackground.fireReminders(until), Date.now() + HOUR + 60_000);
    expect(fired).toHaveLength(1);
    const listFlags = () => zettel.query<Array<{ chatKey: string; state: string }>>('db.request', { op: 'listFlags' });
    await expect.poll(async () => (await listFlags()).map((flag) => flag.state)).toEqual(['due']);
    // The flags feature has taken the due state in (its badge shows it): from here it would act on a send.
    await expect(page.locator('[data-zettel="chat-flag"][data-state="due"]')).toHaveCount(1);

    await setAutoReply(zettel, true);
    await receive(page, customer.key, 'Hallo, ist noch jemand da?');
    await expect.poll(() => sent(page), { timeout: SEND_TIMEOUT }).toEqual([{ key: customer.key, text: REPLY_TUESDAY }]);
    await expect.poll(async () => (await decisions(zettel)).at(-1), { timeout: SEND_TIMEOUT }).toMatchObject({ action: 'send', outcome: 'sent' });
    // No "answered" toast, and the flag is still due.
    await expect(page.locator('[data-zettel="toast"]')).toHaveCount(0);
    expect((await listFlags()).map((flag) => flag.state)).toEqual(['due']);

    await stage.reload();
    await zettel.booted();
    await expect(page.locator('[data-zettel="chat-flag"][data-state="due"]')).toHaveCount(1);
    expect((await listFlags()).map((flag) => flag.state)).toEqual(['due']);
    expect(await listReminders()).toHaveLength(1);

    // A reply the user sends is an answer, as before: the flag clears (with undo).
    await setClock(zettel, TUESDAY_EVENING);
    await openChat(page, zettel, customer.key);
    await zettel.query('insertText', { text: 'Ich melde mich morgen früh.' });
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-zettel="toast"]')).toBeVisible();
    await expect.poll(listFlags).toEqual([]);
  });

  test('bold away text, a reload between two messages: exactly one reply per chat', async ({ page, stage, zettel }) => {
    const boldText = 'Danke für Ihre Nachricht! Wir sind *ab {Wieder da}* wieder für Sie da.';
    const boldReply = 'Danke für Ihre Nachricht! Wir sind *ab Mittwoch, 13. Mai um 7:00 Uhr* wieder für Sie da.';
    await stage.open();
    await zettel.booted();
    await setFirm(zettel, boldText);
    const { users } = await chatsByKind(page);
    const [a, b] = users as [(typeof users)[0], (typeof users)[0]];
    await setClock(zettel, TUESDAY_EVENING);
    await setAutoReply(zettel, true, 10, boldText);
    const readLog = () => zettel.query<Array<{ chatKey: string; status?: string }>>('db.request', { op: 'listAwayReplies', input: {} });

    // A: the reply goes out and shows bold, without its asterisks; it is still recognised as sent.
    await openChat(page, zettel, a.key);
    await receive(page, a.key, 'Hallo?');
    await expect.poll(() => sent(page), { timeout: SEND_TIMEOUT }).toEqual([{ key: a.key, text: boldReply }]);
    await expect(page.locator('#main strong', { hasText: 'ab Mittwoch, 13. Mai um 7:00 Uhr' })).toHaveCount(1);
    await expect.poll(async () => (await decisions(zettel)).at(-1), { timeout: SEND_TIMEOUT }).toMatchObject({ action: 'send', outcome: 'sent' });
    await expect.poll(async () => (await readLog()).map((entry) => entry.status)).toEqual(['sent']);

    // B: reloaded the moment its reply was pressed (before it could be confirmed).
    await openChat(page, zettel, b.key);
    await receive(page, b.key, 'Guten Abend');
    await expect.poll(async () => (await sent(page)).length, { timeout: SEND_TIMEOUT }).toBe(2);
    await stage.reload();
    await zettel.booted();
    expect((await readLog()).map((entry) => entry.chatKey).sort()).toHaveLength(2);

    // After the reload, both write again: neither gets a second reply.
    await setClock(zettel, TUESDAY_EVENING);
    for (const chat of [a, b]) {
      await openChat(page, zettel, chat.key);
      await receive(page, chat.key, 'Noch eine Frage');
      await expect.poll(async () => (await decisions(zettel)).at(-1)).toMatchObject({ chatKey: expect.any(String), action: 'none', reason: 'already-replied-this-period' });
    }
    expect(await sent(page)).toEqual([]);
    expect(await readLog()).toHaveLength(2);
  });
});
