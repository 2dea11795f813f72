/**
 * Firefox smoke for opening hours: the chip in the side strip at a set time, and the opt-in automatic
 * away reply going out in an open 1:1 chat (the composer's Firefox path, the send button, verified); a
 * bold reply in a flagged chat keeps the flag and is not sent again after a reload.
 */
import type { StageApi } from '../stage/src/api.ts';
import { AWAY_TEXT, setAutoReply, setClock, setFirm } from '../e2e/hours-support.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };

test('chip at a set time; automatic away reply in an open 1:1 chat (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  await setFirm(zettel);
  await setClock(zettel, '2026-05-16T10:00:00+02:00');
  const chipText = () => document.querySelector('[data-zettel="side-toolbar"] [data-zettel="hours-status"]')?.textContent ?? null;
  await page.waitForFunction(() => document.querySelector('[data-zettel="hours-status"][data-state="closed"]') !== null);
  // Firefox ESR may lack the German language pack: the extension then speaks English.
  const text = await page.evaluate(chipText);
  const german = text === 'Geschlossen – öffnet Mo. 7:00';
  expect(german ? text : 'Closed — opens Mon 7:00').toBe(text);

  await setAutoReply(zettel, true, 10, AWAY_TEXT);
  const { key, title, lastRawId } = await page.evaluate(async () => {
    const api = (window as unknown as W).__stage;
    const chat = api.chats().find((c) => c.kind === 'user' && c.unread === 0)!;
    await api.openChat(chat.key);
    return { key: chat.key, title: chat.title, lastRawId: api.messages(chat.key).at(-1)?.dataId ?? null };
  });
  // A message that arrives before Zettel has seen the opened chat's list is history (never answered);
  // the header may change before the list does, so wait for both.
  await expect.poll(async () => zettel.query<{ title: string | null; lastRawId: string | null }>('away.watching')).toEqual({ title, lastRawId });
  await page.evaluate((k: string) => (window as unknown as W).__stage.receiveMessage(k, 'Hallo, jemand da?'), key);
  await page.waitForFunction(() => (window as unknown as W).__stage.sent().length > 0, { timeout: 15_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}; decisions: ${JSON.stringify(await zettel.query('away.decisions'))}`);
  });
  expect(await page.evaluate(() => (window as unknown as W).__stage.sent())).toEqual([
    { key, text: `Danke für Ihre Nachricht! Wir sind ab ${german ? 'Montag, 18. Mai um 7:00 Uhr' : 'Monday 18 May at 7:00'} wieder für Sie da.` },
  ]);
  // Logged once the reply is seen in the chat, so just after it appears.
  await expect.poll(async () => (await zettel.query<unknown[]>('db.request', { op: 'listAwayReplies', input: {} })).length).toBe(1);
});

test('bold automatic reply in a flagged chat: sent once, the flag stays; after a reload no second reply (Firefox)', async ({ ffPage: page, stage, zettel }) => {
  const boldText = 'Danke für Ihre Nachricht! Wir sind *ab {Wieder da}* wieder für Sie da.';
  await stage.open();
  await zettel.booted();
  await setFirm(zettel, boldText);
  await setClock(zettel, '2026-05-16T10:00:00+02:00');
  await setAutoReply(zettel, true, 10, boldText);
  const openUserChat = async () => {
    const chat = await page.evaluate(async () => {
      const api = (window as unknown as W).__stage;
      const target = api.chats().find((c) => c.kind === 'user' && c.unread === 0)!;
      await api.openChat(target.key);
      return { key: target.key, title: target.title, lastRawId: api.messages(target.key).at(-1)?.dataId ?? null };
    });
    await expect.poll(async () => zettel.query<{ title: string | null; lastRawId: string | null }>('away.watching')).toEqual({ title: chat.title, lastRawId: chat.lastRawId });
    return chat;
  };
  const listFlags = () => zettel.query<Array<{ state: string }>>('db.request', { op: 'listFlags' });
  const decisions = () => zettel.query<Array<{ action: string; reason: string; outcome?: string }>>('away.decisions');

  const { key } = await openUserChat();
  const toggle = '[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]';
  await page.waitForSelector(toggle);
  await page.click(toggle);
  await page.waitForFunction(() => document.querySelector('[data-zettel="chat-flag"]') !== null, { timeout: 10_000 });

  await page.evaluate((k: string) => (window as unknown as W).__stage.receiveMessage(k, 'Hallo, jemand da?'), key);
  await page.waitForFunction(() => (window as unknown as W).__stage.sent().length > 0, { timeout: 15_000 });
  // Shown bold (no asterisks), still recognised as the reply that went out.
  await expect.poll(async () => (await decisions()).at(-1), { timeout: 15_000 }).toMatchObject({ action: 'send', outcome: 'sent' });
  expect(await page.evaluate(() => document.querySelectorAll('#main strong').length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelector('[data-zettel="toast"]'))).toBeNull();
  expect(await listFlags()).toHaveLength(1);

  await stage.reload();
  await zettel.booted();
  await setClock(zettel, '2026-05-16T10:00:00+02:00');
  await openUserChat();
  await page.evaluate((k: string) => (window as unknown as W).__stage.receiveMessage(k, 'Noch eine Frage'), key);
  await expect.poll(async () => (await decisions()).at(-1)).toMatchObject({ action: 'none', reason: 'already-replied-this-period' });
  expect(await page.evaluate(() => (window as unknown as W).__stage.sent())).toEqual([]);
  expect(await listFlags()).toHaveLength(1);
  expect(await zettel.query<unknown[]>('db.request', { op: 'listAwayReplies', input: {} })).toHaveLength(1);
});
