/**
 * Data at scale (issue 16): marker lists come one page at a time from an index, and counts come from
 * indexes. The pages must concatenate to exactly the unpaged list (same order, nothing twice, nothing
 * skipped), also across markers created in the same millisecond.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import { countData } from '../../../utils/db/repositories/all-data.ts';
import { chatStates } from '../../../utils/db/repositories/chat-state.ts';
import { chatsWithOpenMarkers, listMarkers, newerFirst, type MarkerCursor } from '../../../utils/db/repositories/markers.ts';
import type { MarkerRecord } from '../../../utils/db/records.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase } from './helpers.ts';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const chats: ChatKey[] = ['jid:491701111111@c.us', 'jid:491702222222@c.us', 'title:Baustelle Lindenstraße 12'];

/** 60 markers over three chats; every third pair shares its creation time, a quarter resolved. */
function markers(): MarkerRecord[] {
  return Array.from({ length: 60 }, (_, i) => ({
    chatKey: chats[i % chats.length]!,
    messageId: `3EB0${String(i).padStart(4, '0')}`,
    color: '#f5a623',
    note: '',
    snippet: `Nachricht ${i}`,
    sender: 'Kunde',
    sentAt: null,
    status: i % 4 === 0 ? 'resolved' : 'open',
    resolvedAt: i % 4 === 0 ? T0 + i : null,
    createdAt: T0 + Math.floor(i / 2) * 1000,
    updatedAt: T0 + i,
  }));
}

const cursorOf = (marker: MarkerRecord): MarkerCursor => ({ createdAt: marker.createdAt, chatKey: marker.chatKey, messageId: marker.messageId });
const ids = (list: readonly MarkerRecord[]) => list.map((marker) => `${marker.chatKey} ${marker.messageId}`);

async function allPages(db: ZettelDatabase, filter: { chatKey?: ChatKey; status?: 'open' | 'resolved' }, limit: number): Promise<MarkerRecord[]> {
  const out: MarkerRecord[] = [];
  for (;;) {
    const last = out.at(-1);
    const page = await listMarkers(db, { ...filter, limit, ...(last ? { before: cursorOf(last) } : {}) });
    expect(page.length).toBeLessThanOrEqual(limit);
    out.push(...page);
    if (page.length < limit) return out;
  }
}

let db: ZettelDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.markers.bulkAdd(markers());
});
afterEach(async () => {
  await dropDatabase(db);
});

describe('marker pages', () => {
  for (const filter of [{}, { status: 'open' as const }, { status: 'resolved' as const }, { chatKey: chats[1] }, { chatKey: chats[2], status: 'open' as const }]) {
    it(`pages of ${JSON.stringify(filter)} join up to the whole list, newest first`, async () => {
      const whole = await listMarkers(db, filter);
      const expected = markers()
        .filter((marker) => (!filter.status || marker.status === filter.status) && (!('chatKey' in filter) || marker.chatKey === filter.chatKey))
        .sort(newerFirst);
      expect(ids(whole)).toEqual(ids(expected));
      for (const limit of [1, 7, 100]) expect(ids(await allPages(db, filter, limit)), `limit ${limit}`).toEqual(ids(whole));
    });
  }

  it('refuses a page larger than the maximum', async () => {
    await expect(listMarkers(db, { limit: 100_000 })).rejects.toThrow();
  });
});

describe('counts from indexes', () => {
  it('chatStates counts each chat’s open markers only', async () => {
    const states = await chatStates(db, { chatKeys: [...chats, 'jid:491709999999@c.us'] });
    const open = (chat: ChatKey) => markers().filter((marker) => marker.chatKey === chat && marker.status === 'open').length;
    expect(states.map((state) => state.openMarkers)).toEqual([open(chats[0]!), open(chats[1]!), open(chats[2]!), 0]);
  });

  it('chatsWithOpenMarkers names each chat with an open marker once, and no other', async () => {
    await db.markers.bulkPut(markers().filter((marker) => marker.chatKey === chats[2]).map((marker) => ({ ...marker, status: 'resolved' as const })));
    expect((await chatsWithOpenMarkers(db)).sort()).toEqual([chats[0], chats[1]].sort());
  });

  it('countData counts a chat with many open markers once', async () => {
    await db.flags.put({ chatKey: chats[0]!, waitingSince: T0, state: 'open', updatedAt: T0 });
    await db.flags.put({ chatKey: 'jid:491708888888@c.us', waitingSince: T0, state: 'due', updatedAt: T0 });
    const counts = await countData(db);
    expect(counts).toMatchObject({ toAnswer: 4, due: 1, openMarkers: markers().filter((marker) => marker.status === 'open').length });
  });
});
