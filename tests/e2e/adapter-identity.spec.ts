/**
 * Current chat and chat identity on the stage, both profiles: switching, renaming the open contact, a
 * full re-render. Legacy builds carry the chat JID in message data-ids (strategy data-id-jid); current
 * builds do not, so the title is the key (strategy title).
 */
import type { Page } from '@playwright/test';
import type { StageApi } from '../stage/src/api.ts';
import type { HealthReport } from '../../utils/whatsapp/health.ts';
import { test, expect } from './fixtures';
import { rowMarks } from './chat-marks-support.ts';
import { renameAndWatch } from '../support/rename-watch.ts';

type W = { __stage: StageApi };
interface Chat {
  key: string;
  jid: string;
  title: string;
  kind: string;
}
interface Current {
  key: string;
  title: string;
  jid?: string;
  strategy: string;
}

async function chats(page: Page): Promise<Chat[]> {
  return await page.evaluate(() => (window as unknown as W).__stage.chats().map(({ key, jid, title, kind }) => ({ key, jid, title, kind })));
}

async function open(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => (window as unknown as W).__stage.openChat(k), key);
}

function expectedKey(profile: string, chat: { jid: string; title: string }): string {
  return profile === 'legacy-2025' ? `jid:${chat.jid}` : `title:${chat.title}`;
}

test.describe('adapter: current chat and identity', () => {
  test('follows switches between chats, groups included, never mixing a new title with old messages', async ({ page, stage, zettel, profile }) => {
    await stage.open();
    await zettel.booted();
    const all = await chats(page);
    const sequence = [all.find((c) => c.kind !== 'group')!, all.find((c) => c.kind === 'group')!, all.filter((c) => c.kind !== 'group')[2]!];
    for (const chat of sequence) {
      await open(page, chat.key);
      await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.key).toBe(expectedKey(profile, chat));
      const current = await zettel.query<Current>('currentChat');
      expect(current.title).toBe(chat.title);
      expect(current.strategy).toBe(profile === 'legacy-2025' ? 'data-id-jid' : 'title');
      const health = await zettel.query<HealthReport>('health');
      expect(health.identity).toBe(current.strategy);
      expect(health.currentChat).toEqual({ key: current.key, title: current.title });
    }
    // No event ever paired a title with another chat's JID (the header renders before the messages).
    const events = await zettel.query<Array<{ key: string | null; title: string | null }>>('conversationEvents');
    for (const event of events) {
      if (!event.key?.startsWith('jid:')) continue;
      const owner = all.find((c) => `jid:${c.jid}` === event.key);
      expect(owner?.title, JSON.stringify(event)).toBe(event.title);
    }
  });

  test('a rename of the open contact keeps the chat and reports an alias old → new title', async ({ page, stage, zettel, profile }) => {
    await stage.open();
    await zettel.booted();
    const chat = (await chats(page)).filter((c) => c.kind !== 'group')[1]!;
    await open(page, chat.key);
    await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.key).toBe(expectedKey(profile, chat));

    const renamed = 'Anna Schmidt-Müller (Büro)';
    await page.evaluate(([k, t]) => (window as unknown as W).__stage.renameContact(k!, t!), [chat.key, renamed]);
    await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.title).toBe(renamed);
    await expect
      .poll(async () => (await zettel.query<Array<{ fromTitle: string; toTitle: string }>>('aliases')).map((a) => `${a.fromTitle} → ${a.toTitle}`), { timeout: 5000 })
      .toContain(`${chat.title} → ${renamed}`);
    const aliases = await zettel.query<Array<{ from: string; to: string; jid?: string }>>('aliases');
    const alias = aliases.at(-1)!;
    expect(alias.from).toBe(`title:${chat.title}`);
    expect(alias.to).toBe(expectedKey(profile, { jid: chat.jid, title: renamed }));
    const current = await zettel.query<Current>('currentChat');
    expect(current.key).toBe(expectedKey(profile, { jid: chat.jid, title: renamed }));
    // The row follows: it now carries the new title (and, on legacy, the learned JID).
    const rows = await zettel.query<Array<{ key: string; title: string }>>('rows');
    expect(rows.find((r) => r.title === renamed)?.key).toBe(current.key);
  });

  test('a full re-render keeps the current chat', async ({ page, stage, zettel, profile }) => {
    await stage.open();
    await zettel.booted();
    const chat = (await chats(page)).filter((c) => c.kind !== 'group')[3]!;
    await open(page, chat.key);
    await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.key).toBe(expectedKey(profile, chat));
    await page.evaluate(() => (window as unknown as W).__stage.rerender());
    await page.waitForTimeout(300);
    await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.key).toBe(expectedKey(profile, chat));
    expect((await zettel.query<Current>('currentChat')).title).toBe(chat.title);
    const events = await zettel.query<Array<{ change: string; key: string | null }>>('conversationEvents');
    expect(events.at(-1)?.key).toBe(expectedKey(profile, chat));
  });

  test('legacy rows learn the JID of an opened chat; rows keep matching the stage on a recycled list', async ({ page, stage, zettel, profile }) => {
    await stage.open();
    await zettel.booted();
    const chat = (await chats(page)).filter((c) => c.kind !== 'group')[0]!;
    await open(page, chat.key);
    await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.key).toBe(expectedKey(profile, chat));
    const rows = await zettel.query<Array<{ key: string; title: string }>>('rows');
    expect(rows.find((r) => r.title === chat.title)?.key).toBe(expectedKey(profile, chat));
  });

  test('a new message in the open chat does not change its identity', async ({ page, stage, zettel, profile }) => {
    await stage.open();
    await zettel.booted();
    const chat = (await chats(page)).filter((c) => c.kind !== 'group')[0]!;
    await open(page, chat.key);
    await expect.poll(async () => (await zettel.query<Current | null>('currentChat'))?.key).toBe(expectedKey(profile, chat));
    const id = await page.evaluate((k) => (window as unknown as W).__stage.receiveMessage(k, 'Neue Nachricht: Termin um 14 Uhr?'), chat.key);
    await expect.poll(async () => (await zettel.query<Array<{ id: string; text: string; direction: string }>>('messages')).find((m) => m.text.includes('Termin um 14 Uhr'))?.direction).toBe('in');
    const found = (await zettel.query<Array<{ id: string; text: string }>>('messages')).find((m) => m.text.includes('Termin um 14 Uhr'));
    expect(id.includes(found!.id)).toBe(true);
    expect((await zettel.query<Current>('currentChat')).key).toBe(expectedKey(profile, chat));
  });

  // Issue 19 point 2: the most common rename in a trades firm, on a page that re-mounts the pane.
  for (const remount of [true, false]) {
    test(`a flag follows "+49 170 1234567" → "Herr Maier" (${remount ? 'pane re-mounted' : 'header in place'}) at once and through a reload`, async ({ page, stage, zettel }) => {
      const phone = '+49 170 1234567';
      await stage.open({ renameRemount: remount });
      const chat = (await chats(page)).filter((c) => c.kind === 'user')[2]!;
      // An unsaved number first (kept over the reload, like WhatsApp after the office saves a contact).
      await page.evaluate(([k, t]) => (window as unknown as W).__stage.renameContact(k!, t!), [chat.key, phone]);
      await stage.reload();
      await zettel.booted();
      await open(page, chat.key);
      const toggle = page.locator('[data-zettel="header-marks"] [data-zettel-action="toggle-flag"]');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      const flagged = async () => (await rowMarks(page)).filter((r) => r.flag).map((r) => r.title);
      await expect.poll(flagged).toEqual([phone]);

      const timing = await page.evaluate(renameAndWatch, { key: chat.key, title: 'Herr Maier', watchMs: 2500 });
      test.info().annotations.push({ type: 'rename timing', description: JSON.stringify(timing) });
      expect(timing.titleAt, 'the header shows the new title').not.toBeNull();
      expect(timing.badgeAt, 'the renamed row carries the flag at the end').not.toBeNull();
      // The bound the issue names, on timestamps taken in the page.
      expect(timing.badgeAt! - timing.titleAt!).toBeLessThanOrEqual(300);
      expect(await flagged()).toEqual(['Herr Maier']);
      if (remount) expect((await zettel.query<Array<{ fromTitle: string; toTitle: string }>>('aliases')).map((a) => `${a.fromTitle} → ${a.toTitle}`)).toEqual([`${phone} → Herr Maier`]);

      await stage.reload();
      await zettel.booted();
      await expect.poll(flagged).toEqual(['Herr Maier']);
      await open(page, chat.key);
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      // The old title carries nothing: another chat that now shows that number has no flag.
      const other = (await chats(page)).filter((c) => c.kind === 'user' && c.key !== chat.key)[4]!;
      await page.evaluate(([k, t]) => (window as unknown as W).__stage.renameContact(k!, t!), [other.key, phone]);
      await stage.reload();
      await zettel.booted();
      await expect.poll(async () => (await rowMarks(page)).map((r) => r.title)).toContain(phone);
      await expect.poll(flagged).toEqual(['Herr Maier']);
    });
  }
});
