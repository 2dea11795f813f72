import { describe, expect, it } from 'vitest';
import { newAfterSeen } from '../../../entrypoints/whatsapp.content/features/away-reply/incoming';
import type { MessageSnapshot } from '../../../utils/whatsapp/messages';

const messages = (...ids: string[]) => ids.map((id) => ({ id }) as MessageSnapshot);
const ids = (list: MessageSnapshot[] | null) => list?.map((message) => message.id) ?? null;

describe('newAfterSeen (what counts as a new message)', () => {
  it('messages after the last one seen', () => {
    expect(ids(newAfterSeen(messages('a', 'b', 'c', 'd'), new Set(['a', 'b'])))).toEqual(['c', 'd']);
  });

  it('older messages loading at the top are not new', () => {
    expect(ids(newAfterSeen(messages('x', 'y', 'a', 'b'), new Set(['a', 'b'])))).toEqual([]);
  });

  it('a list that shares nothing with the one before is not judged (a chat’s history arriving)', () => {
    expect(newAfterSeen(messages('p', 'q'), new Set(['a', 'b']))).toBeNull();
  });
});
