/** Per-message markers: what is stored about a message, label by color, the roll-up rule, the menu's options, the live data. */
import { describe, expect, it } from 'vitest';
import { MarkerData } from '../../../entrypoints/whatsapp.content/features/markers/marker-data.ts';
import { clipText, markerLabel, markerSummary, markInput, openMarkerRollUp, SNIPPET_MAX } from '../../../entrypoints/whatsapp.content/features/markers/marker-info.ts';
import { colorOptions, DEFAULT_MARKER_COLOR } from '../../../entrypoints/whatsapp.content/features/markers/marker-menu.ts';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { DataClient } from '../../../utils/messaging/client.ts';
import type { LabelRecord, MarkerRecord } from '../../../utils/messaging/protocol.ts';
import { parsePrePlainText } from '../../../utils/whatsapp/pre-plain-text.ts';
import { markerRecord } from './markers-fixtures.ts';

const label = (id: string, color: string, order = 0): LabelRecord => ({ id, name: id, color, order, updatedAt: 0 });
const marker = markerRecord;

describe('parsePrePlainText', () => {
  it('German day-first and English month-first stamps, with AM/PM', () => {
    expect(parsePrePlainText('[10:31, 12.3.2026] Anna Müller: ')).toEqual({ sender: 'Anna Müller', sentAt: new Date(2026, 2, 12, 10, 31).getTime() });
    expect(parsePrePlainText('[9:05 PM, 3/12/2026] Anna Müller: ')).toEqual({ sender: 'Anna Müller', sentAt: new Date(2026, 2, 12, 21, 5).getTime() });
    expect(parsePrePlainText('[12:10 AM, 1/2/26] Tim: ').sentAt).toBe(new Date(2026, 0, 2, 0, 10).getTime());
  });
  it('a sender whose name contains ": " and brackets is kept whole; nonsense gives nulls', () => {
    expect(parsePrePlainText('[10:31, 12.3.2026] Müller: Bau [GmbH]: ').sender).toBe('Müller: Bau [GmbH]');
    expect(parsePrePlainText('[25:99, 40.13.2026] X: ')).toEqual({ sender: 'X', sentAt: null });
    expect(parsePrePlainText('no stamp')).toEqual({ sender: null, sentAt: null });
    expect(parsePrePlainText(null)).toEqual({ sender: null, sentAt: null });
    expect(parsePrePlainText('[10:31, 31.2.2026] X: ').sentAt).toBeNull(); // 31 February
  });
});

describe('markInput', () => {
  const chat = { key: 'title:Familie Özdemir' as ChatKey, title: 'Familie Özdemir' };
  it('snippet, sender and time come from the page; the note is trimmed', () => {
    const input = markInput(chat, { id: '3A1', text: 'Wann\n kommen   Sie?', prePlainText: '[10:31, 12.3.2026] Ayşe Özdemir: ', direction: 'in' }, { color: '#2471a3', note: '  bis Freitag ' }, 'Ich');
    expect(input).toEqual({ chatKey: chat.key, messageId: '3A1', color: '#2471a3', note: 'bis Freitag', snippet: 'Wann kommen Sie?', sender: 'Ayşe Özdemir', sentAt: new Date(2026, 2, 12, 10, 31).getTime() });
  });
  it('without a sender line: one\'s own messages are "you", incoming ones the chat', () => {
    const choice = { color: DEFAULT_MARKER_COLOR, note: '' };
    expect(markInput(chat, { id: 'a', text: '', prePlainText: null, direction: 'out' }, choice, 'Ich')).toMatchObject({ sender: 'Ich', sentAt: null, snippet: '' });
    expect(markInput(chat, { id: 'a', text: '', prePlainText: null, direction: 'in' }, choice, 'Ich').sender).toBe('Familie Özdemir');
  });
  it('hostile text stays a plain string, clipped to the snippet limit without splitting an emoji', () => {
    const hostile = `<img src=x onerror=alert(1)><script>x</script>\u202E${'😀'.repeat(10_000)}`;
    const { snippet } = markInput(chat, { id: 'a', text: hostile, prePlainText: null, direction: 'in' }, { color: DEFAULT_MARKER_COLOR, note: '' }, 'Ich');
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_MAX);
    expect(snippet.startsWith('<img src=x onerror=alert(1)><script>x</script>\u202E')).toBe(true);
    expect(/[\uD800-\uDBFF]$/.test(snippet)).toBe(false);
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('abc', 3)).toBe('abc');
  });
});

describe('labels and the roll-up', () => {
  const labels = [label('Angebot', '#7d3c98'), label('Termin', '#117a8b'), label('Auch lila', '#7D3C98')];
  it("a marker's label is the first label of its color", () => {
    expect(markerLabel({ color: '#7D3C98' }, labels)?.id).toBe('Angebot');
    expect(markerLabel({ color: '#000000' }, labels)).toBeNull();
    expect(markerSummary({ color: '#117a8b', note: 'Mo 8 Uhr' }, labels, 'Markiert')).toBe('Termin · Mo 8 Uhr');
    expect(markerSummary({ color: '#000000', note: '' }, labels, 'Markiert')).toBe('Markiert');
  });
  it('only open markers count; the chat waits since the oldest one', () => {
    expect(openMarkerRollUp([])).toEqual({ count: 0, since: null });
    expect(openMarkerRollUp([{ status: 'resolved', createdAt: 1 }, { status: 'open', createdAt: 30 }, { status: 'open', createdAt: 20 }])).toEqual({ count: 2, since: 20 });
  });
  it('menu options: default first, every label, and a color no label has any more', () => {
    expect(colorOptions(labels, null, 'Standard', 'Markiert').map((o) => o.name)).toEqual(['Standard', 'Angebot', 'Termin', 'Auch lila']);
    expect(colorOptions(labels, { color: '#123456' }, 'Standard', 'Markiert').at(-1)).toEqual({ color: '#123456', name: 'Markiert', labelId: null });
    expect(colorOptions(labels, { color: '#117A8B' }, 'Standard', 'Markiert')).toHaveLength(4);
  });
});

/** A data client whose subscriptions the test feeds by hand. */
function fakeClient() {
  const subs: Array<{ input: { chatKey?: string; status?: string }; push: (value: MarkerRecord[]) => void; active: boolean }> = [];
  const client = {
    subscribe: (_op: string, input: { chatKey?: string; status?: string }, onValue: (value: MarkerRecord[]) => void) => {
      const sub = { input, push: onValue, active: true };
      subs.push(sub);
      return () => {
        sub.active = false;
      };
    },
  } as unknown as DataClient;
  return { client, subs };
}

describe('MarkerData', () => {
  it('merges the open chat\'s markers from all its keys, the first key winning', () => {
    const { client, subs } = fakeClient();
    const data = new MarkerData(client, () => {});
    data.start();
    let changes = 0;
    data.onChange(() => (changes += 1), new AbortController().signal);
    data.setChat(['jid:4917@c.us', 'title:Anna']);
    const [, jidSub, titleSub] = subs;
    expect(jidSub!.input).toEqual({ chatKey: 'jid:4917@c.us' });
    titleSub!.push([marker('title:Anna', 'm1', { note: 'alt' }), marker('title:Anna', 'm2')]);
    jidSub!.push([marker('jid:4917@c.us', 'm1', { note: 'neu' })]);
    expect([...data.currentChat().keys()].sort()).toEqual(['m1', 'm2']);
    expect(data.currentChat().get('m1')?.note).toBe('neu');
    expect(changes).toBeGreaterThanOrEqual(3);
    // Another chat: the old subscriptions end, nothing of the old chat remains.
    data.setChat(['title:Bernd']);
    expect(jidSub!.active).toBe(false);
    expect(titleSub!.active).toBe(false);
    expect(data.currentChat().size).toBe(0);
  });

  it('open markers per chat, under any of its keys, counted once', () => {
    const { client, subs } = fakeClient();
    const data = new MarkerData(client, () => {});
    data.start();
    expect(subs[0]!.input).toEqual({ status: 'open' });
    subs[0]!.push([marker('jid:4917@c.us', 'm1'), marker('title:Anna', 'm1'), marker('title:Anna', 'm2'), marker('title:Bernd', 'm3')]);
    expect(data.openMarkers(['jid:4917@c.us', 'title:Anna']).map((m) => m.messageId)).toEqual(['m1', 'm2']);
    expect(data.openMarkers(['title:Carla'])).toEqual([]);
    data.stop();
    expect(subs.every((s) => !s.active)).toBe(true);
  });
});
