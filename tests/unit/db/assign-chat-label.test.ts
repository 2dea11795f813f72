/** assignChatLabel: one label on/off decided inside the transaction, so concurrent writers do not lose each other's labels. */
import { describe, expect, it } from 'vitest';
import { assignChatLabel, createLabel, listChatLabels } from '../../../utils/db/repositories/labels.ts';
import { dropDatabase, freshDatabase } from './helpers.ts';

describe('assignChatLabel', () => {
  it('two writers adding different labels at once both land (no lost update)', async () => {
    const db = freshDatabase();
    await createLabel(db, { id: 'a', name: 'A', color: '#1e88e5' });
    await createLabel(db, { id: 'b', name: 'B', color: '#1e88e5' });
    await Promise.all([
      assignChatLabel(db, { chatKey: 'title:Kunde', labelId: 'a', assigned: true }),
      assignChatLabel(db, { chatKey: 'title:Kunde', labelId: 'b', assigned: true }),
    ]);
    expect((await listChatLabels(db)).map((row) => row.labelId).sort()).toEqual(['a', 'b']);
    await assignChatLabel(db, { chatKey: 'title:Kunde', labelId: 'a', assigned: false });
    expect((await listChatLabels(db)).map((row) => row.labelId)).toEqual(['b']);
    await dropDatabase(db);
  });

  it('moves labels from the chat\'s other keys to its current key', async () => {
    const db = freshDatabase();
    await createLabel(db, { id: 'a', name: 'A', color: '#1e88e5' });
    await createLabel(db, { id: 'b', name: 'B', color: '#1e88e5' });
    await assignChatLabel(db, { chatKey: 'title:Kunde', labelId: 'a', assigned: true });
    const rows = await assignChatLabel(db, { chatKey: 'jid:491701234567@c.us', labelId: 'b', assigned: true, otherKeys: ['title:Kunde'] });
    expect(rows.map((row) => row.labelId).sort()).toEqual(['a', 'b']);
    expect((await listChatLabels(db)).every((row) => row.chatKey === 'jid:491701234567@c.us')).toBe(true);
    await dropDatabase(db);
  });

  it('refuses an unknown label and changes nothing', async () => {
    const db = freshDatabase();
    await expect(assignChatLabel(db, { chatKey: 'title:Kunde', labelId: 'nope', assigned: true })).rejects.toMatchObject({ code: 'not-found' });
    expect(await listChatLabels(db)).toEqual([]);
    await dropDatabase(db);
  });
});
