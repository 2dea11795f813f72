/**
 * Adapter health on the stage, both build profiles: every part recognised with a chat open, and each
 * part removed by drift reported missing — exactly that part — without any error reaching the page.
 */
import type { Page } from '@playwright/test';
import type { StageApi } from '../stage/src/api.ts';
import type { HealthReport, WhatsAppPart } from '../../utils/whatsapp/health.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
const PARTS: WhatsAppPart[] = ['app-shell', 'chat-list', 'chat-rows', 'conversation-header', 'messages', 'compose-box', 'send-button'];

/** Page errors and every console message of Zettel's (its adapter logs "[zettel] …" when it catches one). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('[zettel')) errors.push(`${message.type()}: ${message.text()}`);
  });
  return errors;
}

async function openChat(page: Page, index = 0): Promise<{ key: string; jid: string; title: string }> {
  return await page.evaluate(async (i) => {
    const stage = (window as unknown as W).__stage;
    const chat = stage.chats().filter((c) => c.kind !== 'group')[i]!;
    await stage.openChat(chat.key);
    return { key: chat.key, jid: chat.jid, title: chat.title };
  }, index);
}

function states(report: HealthReport): Record<string, string> {
  return Object.fromEntries(report.parts.map((p) => [p.part, p.state]));
}

test.describe('adapter health', () => {
  test('boots, and reports every part ok with a chat open and a draft', async ({ page, stage, zettel, profile }) => {
    const errors = watchErrors(page);
    await stage.open();
    await zettel.booted();

    const closed = await zettel.query<HealthReport>('health');
    expect(states(closed)).toMatchObject({ 'app-shell': 'ok', 'chat-list': 'ok', 'chat-rows': 'ok', 'conversation-header': 'idle', messages: 'idle', 'compose-box': 'idle', 'send-button': 'idle' });
    expect(closed.currentChat).toBeNull();

    const chat = await openChat(page);
    await expect.poll(async () => (await zettel.query<HealthReport>('health')).currentChat?.title).toBe(chat.title);
    await zettel.query('insertText', { text: 'Guten Tag' });
    const report = await zettel.query<HealthReport>('health');
    for (const part of PARTS) expect(states(report)[part], part).toBe('ok');
    expect(report.parts.find((p) => p.part === 'send-button')?.via).toMatch(/^send: /);
    expect(report.profile).toBe(profile);
    expect(report.locale).toBe('de');
    expect(report.identity).toBe(profile === 'legacy-2025' ? 'data-id-jid' : 'title');
    expect(report.disabledFeatures).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('English UI: locale en, every part still ok', async ({ page, stage, zettel }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    await openChat(page);
    await zettel.query('insertText', { text: 'Hello' });
    const report = await zettel.query<HealthReport>('health');
    expect(report.locale).toBe('en');
    for (const part of PARTS) expect(states(report)[part], part).toBe('ok');
  });

  test('without testids and .selectable-text, every part still ok', async ({ page, stage, zettel }) => {
    await stage.open({ testids: false, selectable: false });
    await zettel.booted();
    await openChat(page);
    await zettel.query('insertText', { text: 'Hallo' });
    const report = await zettel.query<HealthReport>('health');
    for (const part of PARTS) expect(states(report)[part], part).toBe('ok');
    const messages = await zettel.query<Array<{ text: string; virtualized: boolean }>>('messages');
    expect(messages.filter((m) => !m.virtualized && m.text !== '').length).toBeGreaterThan(0);
  });

  test('theme and language switches are detected', async ({ page, stage, zettel }) => {
    await stage.open({ theme: 'dark' });
    await zettel.booted();
    expect(await zettel.query('theme')).toBe('dark');
    await page.evaluate(() => (window as unknown as W).__stage.setTheme('light'));
    await expect.poll(() => zettel.query('theme')).toBe('light');
    await page.evaluate(() => (window as unknown as W).__stage.setLanguage('en'));
    await expect.poll(async () => (await zettel.query<HealthReport>('health')).locale).toBe('en');
    expect(await zettel.query('locale')).toBe('en');
  });

  for (const part of PARTS) {
    test(`drift: "${part}" removed is reported missing, alone, and comes back`, async ({ page, stage, zettel }) => {
      const errors = watchErrors(page);
      await stage.open();
      await zettel.booted();
      const chat = await openChat(page);
      await expect.poll(async () => (await zettel.query<HealthReport>('health')).currentChat?.title).toBe(chat.title);
      await zettel.query('insertText', { text: 'Entwurf' });

      await page.evaluate((p) => (window as unknown as W).__stage.drift(p as never, 'remove'), part);
      // The popup asks on demand; the adapter also re-checks by itself within a second.
      await expect.poll(async () => states(await zettel.query<HealthReport>('health'))[part], { timeout: 3000 }).toBe('missing');
      const report = await zettel.query<HealthReport>('health');
      for (const other of PARTS.filter((p) => p !== part)) expect(states(report)[other], `${other} while ${part} is removed`).toBe('ok');

      // The rest keeps working.
      if (part !== 'conversation-header') expect((await zettel.query<{ title: string } | null>('currentChat'))?.title).toBe(chat.title);
      if (part !== 'chat-rows' && part !== 'chat-list') expect((await zettel.query<unknown[]>('rows')).length).toBeGreaterThan(5);

      await page.evaluate(() => (window as unknown as W).__stage.resetDrift());
      await expect.poll(async () => states(await zettel.query<HealthReport>('health'))[part], { timeout: 3000 }).toBe('ok');
      expect(errors).toEqual([]);
    });
  }
});
