import { test, expect } from './fixtures';

test('a write from the content script persists across a page reload (Firefox)', async ({ stage, zettel }) => {
  await stage.open();
  await zettel.booted();
  const flag = await zettel.query<{ chatKey: string }>('db.request', { op: 'flagChat', input: { chatKey: 'title:Müller Sanitär' } });
  expect(flag.chatKey).toBe('title:Müller Sanitär');
  await zettel.query('db.request', { op: 'saveNote', input: { chatKey: 'title:Müller Sanitär', text: 'Rückruf ab 14 Uhr' } });

  await stage.reload();
  await zettel.booted();
  const flags = await zettel.query<Array<{ chatKey: string }>>('db.request', { op: 'listFlags' });
  expect(flags.map((row) => row.chatKey)).toEqual(['title:Müller Sanitär']);
  const note = await zettel.query<{ text: string } | null>('db.request', { op: 'getNote', input: { chatKey: 'title:Müller Sanitär' } });
  expect(note?.text).toBe('Rückruf ab 14 Uhr');

  // live updates work in Firefox too
  await zettel.query('db.subscribe', { name: 'flags', op: 'listFlags', input: {} });
  await zettel.query('db.request', { op: 'unflagChat', input: { chatKey: 'title:Müller Sanitär' } });
  await expect.poll(async () => (await zettel.query<{ values: unknown[][] }>('db.changes', { name: 'flags' })).values.at(-1)).toEqual([]);
});
