/**
 * Messages of the open chat on the stage, both profiles: normalised ids and the direction inferred by
 * the A.6 order agree with the stage's truth for every rendered (not virtualized) message, also without
 * testids and .selectable-text; quoted previews are not counted as messages.
 */
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
interface Seen {
  id: string;
  rawId: string;
  direction: string;
  directionSource: string;
  text: string;
  virtualized: boolean;
}

for (const variant of [{}, { testids: false, selectable: false }] as const) {
  test(`ids, direction and text match the truth ${Object.keys(variant).length ? '(no testids, no .selectable-text)' : ''}`, async ({ page, stage, zettel, profile }) => {
    await stage.open(variant);
    await zettel.booted();
    const key = await page.evaluate(async () => {
      const stage = (window as unknown as W).__stage;
      const chat = stage.chats().find((c) => c.kind === 'group') ?? stage.chats()[0]!;
      await stage.openChat(chat.key);
      return chat.key;
    });
    await expect.poll(async () => (await zettel.query<Seen[]>('messages')).filter((m) => !m.virtualized).length).toBeGreaterThan(3);
    const truth = await page.evaluate((k) => (window as unknown as W).__stage.messages(k), key);
    const byId = new Map(truth.map((m) => [m.id, m]));
    const seen = await zettel.query<Seen[]>('messages');
    // Every wrapper is a message of this chat (quoted previews with their nested data-id are not).
    expect(seen.every((m) => byId.has(m.id)), JSON.stringify(seen.filter((m) => !byId.has(m.id)))).toBe(true);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    const rendered = seen.filter((m) => !m.virtualized);
    for (const message of rendered) {
      const expected = byId.get(message.id)!;
      expect(message.direction, `${message.id} via ${message.directionSource}`).toBe(expected.fromMe ? 'out' : 'in');
      if (expected.kind === 'text') expect(message.text).toBe(expected.text);
    }
    if (profile === 'current-2026') expect(rendered.some((m) => m.directionSource === 'id-prefix')).toBe(false);
  });
}
