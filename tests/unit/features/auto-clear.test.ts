/**
 * What counts as "I sent a message" for auto-clear: a new outgoing message at the end of a list that
 * continues the one seen before — not a chat's history arriving after its header, not a switch, not
 * an incoming message, not older messages loading above.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { watchOwnSends, type SentMessage } from '../../../entrypoints/whatsapp.content/features/flags/auto-clear.ts';
import { announceZettelSend, resetZettelSends } from '../../../entrypoints/whatsapp.content/zettel-sends.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import type { MessageSnapshot } from '../../../utils/whatsapp/messages.ts';

function harness() {
  let chat: { key: `title:${string}`; title: string } | null = null;
  let emit: (messages: MessageSnapshot[]) => void = () => {};
  const adapter = {
    currentChat: () => (chat ? { ...chat, strategy: 'title' } : null),
    onMessages: (callback: (messages: MessageSnapshot[]) => void) => {
      emit = callback;
    },
  } as unknown as WhatsAppAdapter;
  const sent: SentMessage[] = [];
  watchOwnSends(adapter, new AbortController().signal, (s) => sent.push(s));
  const message = (id: string, direction: 'in' | 'out'): MessageSnapshot =>
    ({ id, rawId: id, direction, virtualized: false, text: '', element: null, chatJid: null, participant: null, directionSource: 'tail', prePlainText: null }) as unknown as MessageSnapshot;
  return {
    sent,
    message,
    open(title: string) {
      chat = { key: `title:${title}`, title };
    },
    report: (...list: Array<[string, 'in' | 'out']>) => emit(list.map(([id, dir]) => message(id, dir))),
  };
}

afterEach(resetZettelSends);

describe('watchOwnSends', () => {
  it("Zettel's own send (announced before it was pressed) is never the user's answer; the user's next one is", () => {
    const h = harness();
    h.open('Anna');
    h.report(['a', 'in'], ['b', 'in']);
    // The away reply announces its send with what the chat shows, then presses send.
    announceZettelSend('title:Anna', [h.message('a', 'in'), h.message('b', 'in')]);
    h.report(['a', 'in'], ['b', 'in'], ['z', 'out']);
    h.report(['a', 'in'], ['b', 'in'], ['z', 'out'], ['c', 'in']);
    expect(h.sent).toEqual([]);
    h.report(['a', 'in'], ['b', 'in'], ['z', 'out'], ['c', 'in'], ['u', 'out']);
    expect(h.sent.map((s) => s.messageId)).toEqual(['u']);
  });

  it('an announced send in another chat does not hide a send here', () => {
    const h = harness();
    h.open('Anna');
    h.report(['a', 'in']);
    announceZettelSend('title:Bernd', []);
    h.report(['a', 'in'], ['u', 'out']);
    expect(h.sent.map((s) => s.messageId)).toEqual(['u']);
  });

  it('a new outgoing message appended to the open chat is a send', () => {
    const h = harness();
    h.open('Anna');
    h.report(['a', 'in'], ['b', 'in']);
    h.report(['a', 'in'], ['b', 'in'], ['c', 'out']);
    expect(h.sent.map((s) => [s.chat.title, s.messageId])).toEqual([['Anna', 'c']]);
  });

  it('the history arriving after the header (no overlap) is not a send, even when it ends with my message', () => {
    const h = harness();
    h.open('Anna');
    h.report();
    h.report(['x', 'in'], ['y', 'out']);
    h.report(['p', 'in'], ['q', 'out']); // a full replacement
    expect(h.sent).toEqual([]);
  });

  it('switching chats, incoming messages and older messages loading above are not sends', () => {
    const h = harness();
    h.open('Anna');
    h.report(['a', 'in'], ['b', 'out']);
    h.open('Bernd');
    h.report(['k', 'in'], ['l', 'out']);
    h.report(['k', 'in'], ['l', 'out'], ['m', 'in']);
    h.report(['j', 'out'], ['k', 'in'], ['l', 'out'], ['m', 'in']);
    h.report(['j', 'out'], ['k', 'in'], ['l', 'out'], ['m', 'in']); // a re-render: same ids
    expect(h.sent).toEqual([]);
  });
});
