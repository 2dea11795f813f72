/**
 * Helpers for the opening-hours e2e specs (hours.spec.ts, away-reply.spec.ts): settings written through
 * the content script's data client, the hours clock set through the test bridge, stage shortcuts.
 */
import { expect, type Page } from '@playwright/test';
import type { StageApi } from '../stage/src/api.ts';
import type { ZettelHandle } from './fixtures.ts';

export type W = { __stage: StageApi };

const workday = [
  { start: '07:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];
/** Mon–Fri 7–12 and 13–17, Bavaria, company holidays 24.12.–6.1. */
export const FIRM = {
  'hours.weekly': [workday, workday, workday, workday, workday, [], []],
  'hours.timeZone': 'Europe/Berlin',
  'hours.federalState': 'BY',
  'hours.companyHolidays': [{ from: '2026-12-24', to: '2027-01-06', name: '' }],
};

export const AWAY_TEXT = 'Danke für Ihre Nachricht! Wir sind ab {Wieder da} wieder für Sie da.';

export async function setSetting(zettel: Pick<ZettelHandle, 'query'>, key: string, value: unknown): Promise<void> {
  await zettel.query('db.request', { op: 'updateSetting', input: { key, value } });
}

export async function setFirm(zettel: Pick<ZettelHandle, 'query'>, awayText = AWAY_TEXT): Promise<void> {
  for (const [key, value] of Object.entries(FIRM)) await setSetting(zettel, key, value);
  await setSetting(zettel, 'away.text', awayText);
}

/** Writes the setting and waits until the running away-reply feature has received it. */
export async function setAutoReply(zettel: Pick<ZettelHandle, 'query'>, on: boolean, maxPerHour = 10, text = AWAY_TEXT): Promise<void> {
  await setSetting(zettel, 'away.autoReply', on ? { enabled: true, confirmedText: text, enabledAt: Date.now(), maxPerHour } : { enabled: false, confirmedText: null, enabledAt: null, maxPerHour });
  for (let attempt = 0; attempt < 100; attempt++) {
    const state = await zettel.query<{ autoReplyEnabled: boolean | null }>('away.state');
    if (state.autoReplyEnabled === on) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the away-reply feature never saw the automatic reply ${on ? 'on' : 'off'}`);
}

export async function setClock(zettel: Pick<ZettelHandle, 'query'>, iso: string): Promise<void> {
  await zettel.query('clock.set', { iso });
}

export const chip = (page: Page) => page.locator('[data-zettel="side-toolbar"] [data-zettel="hours-status"]');

export function stageChats(page: Page) {
  return page.evaluate(() => (window as unknown as W).__stage.chats());
}

/**
 * Opens the chat and waits until the away reply follows its message list: a message that arrives
 * before Zettel has seen the list counts as history and is never answered (incoming.ts), so a test
 * that receives at once would race the page's observer.
 */
export async function openChat(page: Page, zettel: Pick<ZettelHandle, 'query'>, key: string): Promise<void> {
  const { title, lastId } = await page.evaluate(async (k) => {
    const stage = (window as unknown as W).__stage;
    await stage.openChat(k);
    return { title: stage.chats().find((chat) => chat.key === k)!.title, lastId: stage.messages(k).at(-1)?.dataId ?? null };
  }, key);
  // The header may change before the list does (a chat's history arrives after its header).
  await expect
    .poll(async () => zettel.query<{ title: string | null; lastRawId: string | null }>('away.watching'), { message: `away reply follows ${title}` })
    .toEqual({ title, lastRawId: lastId });
}

export function receive(page: Page, key: string, text: string, author?: string): Promise<string> {
  return page.evaluate(([k, t, a]) => (window as unknown as W).__stage.receiveMessage(k!, t!, a ? { author: a } : {}), [key, text, author] as const);
}

export function sent(page: Page) {
  return page.evaluate(() => (window as unknown as W).__stage.sent());
}
