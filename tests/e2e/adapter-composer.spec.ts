/**
 * The composer on the stage's Lexical-like editor, both profiles: text goes in through the editor's own
 * input path (its model holds it exactly, line breaks included), is read back, the send button appears,
 * and Zettel never sends. A naive DOM write is shown not to register.
 */
import type { Page } from '@playwright/test';
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
const GERMAN = 'Guten Tag Frau Müller,\nüber die Größe der Fenster sprechen wir morgen 🙂👷‍♂️\n\nViele Grüße aus Köln – Jörg Weiß 🇩🇪';

async function openFirstChat(page: Page): Promise<string> {
  return await page.evaluate(async () => {
    const stage = (window as unknown as W).__stage;
    const chat = stage.chats().find((c) => c.kind !== 'group')!;
    await stage.openChat(chat.key);
    return chat.key;
  });
}

async function stageComposer(page: Page): Promise<{ modelText: string; domText: string; hasSendButton: boolean } | null> {
  return await page.evaluate(() => (window as unknown as W).__stage.composer());
}

test.describe('adapter: composer', () => {
  test('inserts multi-line German text with umlauts and emoji into the editor model, never sends', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await openFirstChat(page);
    await expect.poll(async () => (await stageComposer(page)) !== null).toBe(true);
    expect(await zettel.query('hasSendButton')).toBe(false);

    const result = await zettel.query<{ ok: boolean; method: string; text: string }>('insertText', { text: GERMAN });
    expect(result).toMatchObject({ ok: true, method: 'execCommand', text: GERMAN });
    const composer = await stageComposer(page);
    expect(composer?.modelText).toBe(GERMAN);
    expect(composer?.hasSendButton).toBe(true);
    expect(await zettel.query('composerText')).toBe(GERMAN);
    expect(await zettel.query('hasSendButton')).toBe(true);
    // Appending goes to the end, after the draft.
    const more = await zettel.query<{ ok: boolean }>('insertText', { text: ' Tschüss!' });
    expect(more.ok).toBe(true);
    expect((await stageComposer(page))?.modelText).toBe(`${GERMAN} Tschüss!`);
    expect(await page.evaluate(() => (window as unknown as W).__stage.sent())).toEqual([]);
  });

  test('inserts at the end even when the caret was elsewhere', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await openFirstChat(page);
    await zettel.query('insertText', { text: 'Erste Zeile' });
    // Move the caret to the start as a user click would.
    await page.evaluate(() => {
      const editor = document.querySelector('footer [contenteditable="true"]')!;
      const range = document.createRange();
      range.setStart(editor, 0);
      range.collapse(true);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.waitForTimeout(50);
    const result = await zettel.query<{ ok: boolean }>('insertText', { text: '\nZweite Zeile ✓' });
    expect(result.ok).toBe(true);
    expect((await stageComposer(page))?.modelText).toBe('Erste Zeile\nZweite Zeile ✓');
  });

  for (const method of ['beforeinput', 'paste'] as const) {
    test(`the ${method} fallback alone also lands in the editor model`, async ({ page, stage, zettel }) => {
      await stage.open();
      await zettel.booted();
      await openFirstChat(page);
      const result = await zettel.query<{ ok: boolean; method: string }>('insertText', { text: GERMAN, methods: [method] });
      expect(result).toMatchObject({ ok: true, method });
      expect((await stageComposer(page))?.modelText).toBe(GERMAN);
    });
  }

  test('a naive DOM write (textContent =) does not register in the editor', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await openFirstChat(page);
    await page.evaluate(() => {
      const editor = document.querySelector('footer [contenteditable="true"]') as HTMLElement;
      editor.textContent = 'Naiv geschrieben';
    });
    await page.waitForTimeout(300);
    const composer = await stageComposer(page);
    expect(composer?.modelText).toBe('');
    expect(composer?.hasSendButton).toBe(false);
    expect(await zettel.query('hasSendButton')).toBe(false);
  });

  test('with "Enter is send" off and English UI the text still arrives intact', async ({ page, stage, zettel }) => {
    await stage.open({ enterIsSend: false, lang: 'en' });
    await zettel.booted();
    await openFirstChat(page);
    const text = 'Line one\nLine two 😀';
    const result = await zettel.query<{ ok: boolean }>('insertText', { text });
    expect(result.ok).toBe(true);
    expect((await stageComposer(page))?.modelText).toBe(text);
    expect(await zettel.query('hasSendButton')).toBe(true);
  });

  test('without a chat open there is no composer, and insertText says so', async ({ stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    const result = await zettel.query<{ ok: boolean; reason: string }>('insertText', { text: 'x' });
    expect(result).toMatchObject({ ok: false, reason: 'no-composer' });
    expect(await zettel.query('composerText')).toBeNull();
  });
});
