/**
 * Notes per chat on the stage, both profiles: opened from the header, saved as you type; the text
 * survives a chat switch (also mid-typing), a reload (also right after the last keystroke: pagehide
 * writes it) and a re-render; the header button shows which chats have a note; Esc closes and returns
 * focus; a blank note is deleted.
 */
import { test, expect } from './fixtures';
import { openChat, stageChats, type W } from './chat-marks-support.ts';

const button = '[data-zettel="header-marks"] [data-zettel-action="open-notes"]';
const panel = '[data-zettel="notes"]';
const field = '[data-zettel="notes"] [data-zettel="notes-text"]';

interface Note {
  chatKey: string;
  text: string;
}

test.describe('notes', () => {
  test('typed notes survive chat switches and reloads; the header shows which chats have one', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    const chats = await stageChats(page);
    const [a, b] = [chats[1]!, chats[4]!];
    const notes = () => zettel.query<Note[]>('db.request', { op: 'listNotes' });

    await openChat(page, a.key);
    await expect(page.locator(button)).toHaveAttribute('data-state', 'empty');
    await expect(page.locator(button)).toHaveAccessibleName('Notiz zu diesem Chat öffnen');
    await expect(page.locator(button)).toHaveAttribute('aria-expanded', 'false');
    await page.locator(button).click();
    await expect(page.locator(panel)).toBeVisible();
    await expect(page.locator(button)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`${panel} h2`)).toHaveText(`Notiz: ${a.title}`);
    await expect(page.locator(field)).toBeFocused();
    await page.keyboard.type('Zugang über den Hof');
    // Switch while the debounce is still pending: the text goes to A, not to B.
    await openChat(page, b.key);
    await expect(page.locator(`${panel} h2`)).toHaveText(`Notiz: ${b.title}`);
    await expect(page.locator(field)).toHaveValue('');
    await page.locator(field).click();
    await page.keyboard.type('Nur vormittags');
    await expect(page.locator(`${panel} [data-zettel="notes-status"]`)).toHaveText('Gespeichert');
    await expect(page.locator(button)).toHaveAttribute('data-state', 'has-note');

    await openChat(page, a.key);
    await expect(page.locator(field)).toHaveValue('Zugang über den Hof');
    await expect(page.locator(button)).toHaveAttribute('data-state', 'has-note');
    await expect(page.locator(button)).toHaveAccessibleName('Notiz zu diesem Chat öffnen (vorhanden)');
    await expect.poll(async () => (await notes()).map((note) => note.text).sort()).toEqual(['Nur vormittags', 'Zugang über den Hof']);

    // WhatsApp typing-anywhere must not steal the keys: everything typed lands in the note.
    await page.locator(field).press('End');
    await page.keyboard.type(', Hund ist lieb');
    // Reload right after the last keystroke, before the debounce: pagehide writes it.
    await stage.reload();
    await zettel.booted();
    await expect.poll(async () => (await notes()).map((note) => note.text).sort()).toEqual(['Nur vormittags', 'Zugang über den Hof, Hund ist lieb']);
    await openChat(page, a.key);
    await expect(page.locator(button)).toHaveAttribute('data-state', 'has-note');
    await page.locator(button).click();
    await expect(page.locator(field)).toHaveValue('Zugang über den Hof, Hund ist lieb');
    // The compose box got nothing of it.
    expect((await page.evaluate(() => (window as unknown as W).__stage.composer()))?.modelText ?? '').toBe('');

    // A re-render of WhatsApp keeps the panel and the text.
    await page.evaluate(() => (window as unknown as W).__stage.rerender());
    await expect(page.locator(field)).toHaveValue('Zugang über den Hof, Hund ist lieb');
    await expect(page.locator(button)).toHaveAttribute('aria-expanded', 'true');

    // Esc closes and returns focus to the header button.
    await page.locator(field).focus();
    await page.keyboard.press('Escape');
    await expect(page.locator(panel)).toBeHidden();
    await expect(page.locator(button)).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as W).__stage.currentChat())).not.toBeNull();

    // Emptying a note deletes it; the indicator goes.
    await openChat(page, b.key);
    await page.locator(button).click();
    await page.locator(field).fill('');
    await expect(page.locator(button)).toHaveAttribute('data-state', 'empty');
    await expect.poll(async () => (await notes()).map((note) => note.text)).toEqual(['Zugang über den Hof, Hund ist lieb']);
  });

});

test.describe('notes in English', () => {
  test.use({ uiLang: 'en' });

  test('English names; hostile text stays text', async ({ page, stage, zettel }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    const chats = await stageChats(page);
    await openChat(page, chats[2]!.key);
    await expect(page.locator(button)).toHaveAccessibleName("Open this chat's note");
    await page.locator(button).click();
    const hostile = '<img src=x onerror="window.__zettelPwned=1"><script>window.__zettelPwned=2</script>\u202Egnp.exe';
    await page.locator(field).fill(hostile);
    await expect(page.locator(`${panel} [data-zettel="notes-status"]`)).toHaveText('Saved');
    await stage.reload();
    await zettel.booted();
    await openChat(page, chats[2]!.key);
    await page.locator(button).click();
    await expect(page.locator(field)).toHaveValue(hostile);
    expect(await page.evaluate(() => (window as unknown as { __zettelPwned?: number }).__zettelPwned)).toBeUndefined();
    expect(await page.locator(`${panel} img, ${panel} script`).count()).toBe(0);
  });
});
