import { test, expect } from './fixtures';

type Part = 'app-shell' | 'chat-list' | 'chat-rows' | 'conversation-header' | 'messages' | 'compose-box' | 'send-button';
const PARTS: Part[] = ['app-shell', 'chat-list', 'chat-rows', 'conversation-header', 'messages', 'compose-box', 'send-button'];
interface Health {
  parts: Array<{ part: Part; state: string }>;
}
const states = (health: Health) => Object.fromEntries(health.parts.map(({ part, state }) => [part, state]));

test('health reports every part, and exactly the part that drift removes; the composer inserts text', async ({ stage, zettel, ffPage }) => {
  const pageErrors: string[] = [];
  ffPage.on('pageerror', (error) => pageErrors.push(String(error)));
  await stage.open();
  await zettel.booted();
  await ffPage.evaluate(() => {
    const stage = (window as unknown as { __stage: { chats(): Array<{ key: string }>; openChat(key: string): void } }).__stage;
    stage.openChat(stage.chats()[0]!.key);
  });
  // A draft makes the send button appear (without one, its slot holds the voice button). Inserting it
  // through the adapter's composer also proves the editor's input path works in Firefox.
  await zettel.query('insertText', { text: 'Grüße aus der Werkstatt 🔧\nZweite Zeile' });
  expect(await ffPage.evaluate(() => (window as unknown as { __stage: { composer(): { modelText: string } } }).__stage.composer().modelText)).toBe(
    'Grüße aus der Werkstatt 🔧\nZweite Zeile',
  );
  const allOk = Object.fromEntries(PARTS.map((part) => [part, 'ok']));
  await expect.poll(async () => states(await zettel.query<Health>('health'))).toEqual(allOk);

  for (const part of PARTS) {
    await ffPage.evaluate((p) => (window as unknown as { __stage: { drift(part: string, mode: string): void } }).__stage.drift(p, 'remove'), part);
    await expect
      .poll(async () => {
        const current = states(await zettel.query<Health>('health'));
        return PARTS.filter((name) => current[name] === 'missing');
      }, { message: `only ${part} should be missing` })
      .toEqual([part]);
    await ffPage.evaluate(() => (window as unknown as { __stage: { resetDrift(): void } }).__stage.resetDrift());
    await expect.poll(async () => states(await zettel.query<Health>('health'))).toEqual(allOk);
  }
  expect(pageErrors).toEqual([]);
});
