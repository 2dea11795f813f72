import { describe, expect, it } from 'vitest';
import { changedTables, watchTableChanges } from '../../../utils/db/changes.ts';
import { requestPersistentStorage } from '../../../utils/db/database.ts';
import { operations } from '../../../utils/db/operations.ts';
import { flagChat } from '../../../utils/db/repositories/flags.ts';
import { TABLE_NAMES } from '../../../utils/db/schema.ts';
import { defaultSettings, settingDefinitions } from '../../../utils/db/settings.ts';
import { normaliseMessageId } from '../../../utils/messaging/message-id.ts';
import { dropDatabase, freshDatabase } from './helpers.ts';

describe('changedTables', () => {
  it('reads table names from Dexie\'s mutated parts', () => {
    expect([...changedTables({ 'idb://zettel/flags/': 1, 'idb://zettel/flags/state': 1, 'idb://zettel/notes/:dels': 1 })].sort()).toEqual(['flags', 'notes']);
    expect(changedTables({ 'idb://other/flags/': 1 }).size).toBe(0);
    expect(changedTables({ all: 1 }).size).toBe(TABLE_NAMES.length);
  });

  it('watchTableChanges reports a committed write of the watched database only', async () => {
    const db = freshDatabase();
    await db.open(); // opening announces "everything changed" once; not what this test is about
    const seen: string[][] = [];
    const stop = watchTableChanges((tables) => seen.push([...tables]), db.name);
    await flagChat(db, { chatKey: 'title:Kunde' });
    stop();
    await flagChat(db, { chatKey: 'title:Kunde 2' });
    expect(seen).toEqual([['flags']]);
    await dropDatabase(db);
  });
});

describe('normaliseMessageId', () => {
  it('keeps bare ids and reduces the full form to the bare id', () => {
    expect(normaliseMessageId('3EB0C767D71D4B2A9F1E')).toBe('3EB0C767D71D4B2A9F1E');
    expect(normaliseMessageId('true_491701234567@c.us_3EB0C767')).toBe('3EB0C767');
    expect(normaliseMessageId('false_120363041234@g.us_3EB0ABCD_491709876543@c.us')).toBe('3EB0ABCD');
    expect(normaliseMessageId(' ABC ')).toBe('ABC');
  });
});

describe('settings definitions', () => {
  it('every default satisfies its own schema', () => {
    const defaults = defaultSettings();
    for (const [key, definition] of Object.entries(settingDefinitions)) {
      expect(definition.schema.safeParse(defaults[key as keyof typeof defaults]).success, key).toBe(true);
    }
  });
});

describe('operations catalogue', () => {
  it('names only real tables for every read', () => {
    for (const [name, operation] of Object.entries(operations)) {
      if (operation.kind === 'read') for (const table of operation.tables) expect(TABLE_NAMES, name).toContain(table);
    }
  });
});

describe('requestPersistentStorage', () => {
  it('answers "unsupported" where there is no StorageManager, never throws', async () => {
    expect(['unsupported', 'persisted', 'not-persisted']).toContain(await requestPersistentStorage());
  });
});
