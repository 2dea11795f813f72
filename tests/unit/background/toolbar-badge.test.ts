/** The toolbar badge counts chats still to answer: flagged ones and ones with an open marker, each once. */
import { afterEach, describe, expect, it } from 'vitest';
import { countStillToAnswer } from '../../../entrypoints/background/toolbar-badge.ts';
import { flagChat } from '../../../utils/db/repositories/flags.ts';
import { markMessage, resolveMarker } from '../../../utils/db/repositories/markers.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase } from '../db/helpers.ts';

let db: ZettelDatabase;
afterEach(() => dropDatabase(db));

const mark = (chatKey: `title:${string}`, messageId: string) =>
  markMessage(db, { chatKey, messageId, snippet: 'Wann kommen Sie?', sender: 'Anna' });

describe('countStillToAnswer', () => {
  it('counts flagged chats and chats with open markers once each; resolved markers do not count', async () => {
    db = freshDatabase();
    expect(await countStillToAnswer(db)).toEqual({ count: 0, urgent: false });
    await flagChat(db, { chatKey: 'title:Anna' });
    await mark('title:Anna', 'm1'); // flagged and marked: still one chat
    await mark('title:Bernd', 'm2');
    await mark('title:Bernd', 'm3');
    await mark('title:Carla', 'm4');
    expect((await countStillToAnswer(db)).count).toBe(3);
    await resolveMarker(db, { chatKey: 'title:Carla', messageId: 'm4' });
    expect((await countStillToAnswer(db)).count).toBe(2);
  });

  it('turns urgent when a flag waits longer than the threshold', async () => {
    db = freshDatabase();
    const now = Date.now();
    await flagChat(db, { chatKey: 'title:Anna', waitingSince: now - 25 * 3_600_000 });
    expect(await countStillToAnswer(db, now)).toEqual({ count: 1, urgent: true });
  });
});
