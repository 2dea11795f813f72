import { describe, expect, it } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { ChatLabelRecord, ChatRecord, FlagRecord, MarkerRecord, NoteRecord, PinRecord } from '../../../utils/db/records.ts';
import { buildOverview, type OverviewSources } from '../../../utils/overview/items.ts';
import { createOverviewSearch } from '../../../utils/overview/search.ts';
import { overviewCorpus } from '../../bench/overview-corpus.ts';

const NOW = Date.UTC(2026, 10, 27, 12);
const HOUR = 3_600_000;
const MUELLER: ChatKey = 'jid:4915111111111@c.us';
const BAU: ChatKey = 'jid:120363000000000001@g.us';
const SCHMIDT: ChatKey = 'title:Elke Schmidt';

function marker(chatKey: ChatKey, messageId: string, fields: Partial<MarkerRecord> = {}): MarkerRecord {
  return { chatKey, messageId, color: '#f5a623', note: '', snippet: '', sender: '', sentAt: null, status: 'open', resolvedAt: null, createdAt: NOW - HOUR, updatedAt: NOW - HOUR, ...fields };
}

function sources(fields: Partial<OverviewSources> = {}): OverviewSources {
  const chats: ChatRecord[] = [
    { key: MUELLER, title: 'Familie Müller', updatedAt: NOW },
    { key: BAU, title: 'Baustelle Lindenstraße', updatedAt: NOW },
  ];
  const flags: FlagRecord[] = [
    { chatKey: MUELLER, waitingSince: NOW - 2 * HOUR, state: 'open', updatedAt: NOW },
    { chatKey: SCHMIDT, waitingSince: NOW - 30 * HOUR, state: 'open', updatedAt: NOW },
  ];
  const markers: MarkerRecord[] = [
    marker(BAU, 'A1', { snippet: 'Wann kommt das Material für die Wärmepumpe?', sender: 'Jonas', sentAt: NOW - 5 * HOUR }),
    marker(MUELLER, 'B2', { snippet: 'Rechnung 4711 ist überwiesen', status: 'resolved', resolvedAt: NOW - HOUR }),
    marker(MUELLER, 'B3', { snippet: 'Die Dusche tropft', status: 'resolved', resolvedAt: NOW - 2 * HOUR }),
  ];
  const notes: NoteRecord[] = [
    { chatKey: MUELLER, text: 'Zugang über den Hof, Hund ist freundlich. Zahlt pünktlich.', updatedAt: NOW - HOUR },
    { chatKey: BAU, text: 'Polier: Herr Yılmaz', updatedAt: NOW },
  ];
  const pins: PinRecord[] = [
    { chatKey: BAU, order: 1, updatedAt: NOW },
    { chatKey: MUELLER, order: 0, updatedAt: NOW },
  ];
  const chatLabels: ChatLabelRecord[] = [
    { chatKey: MUELLER, labelId: 'angebot', updatedAt: NOW },
    { chatKey: 'title:Baustelle Lindenstraße', labelId: 'baustelle', updatedAt: NOW },
  ];
  return { chats, flags, markers, notes, pins, chatLabels, now: NOW, overdueAfterHours: 24, ...fields };
}

const view = (query: Parameters<ReturnType<typeof createOverviewSearch>['view']>[0], input = sources()) => createOverviewSearch(buildOverview(input)).view(query);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('overview items', () => {
  it('Open lists flagged chats and open markers, longest waiting first, overdue marked', () => {
    const { items } = view({ tab: 'open' });
    expect(ids(items)).toEqual([`flag|${SCHMIDT}`, `marker|${BAU}|A1`, `flag|${MUELLER}`]);
    expect(items.map((item) => item.overdue)).toEqual([true, false, false]);
    expect(items[0]?.chatTitle).toBe('Elke Schmidt'); // a title key is its own name
  });

  it('a due flag is overdue whatever its age', () => {
    const { items } = view({ tab: 'open' }, sources({ flags: [{ chatKey: MUELLER, waitingSince: NOW - 60_000, state: 'due', updatedAt: NOW }], markers: [] }));
    expect(items[0]?.overdue).toBe(true);
  });

  it('Markers: open first, then resolved ones, most recently resolved first', () => {
    expect(ids(view({ tab: 'markers' }).items)).toEqual([`marker|${BAU}|A1`, `marker|${MUELLER}|B2`, `marker|${MUELLER}|B3`]);
  });

  it('Notes newest first; Pinned in the user order; chat names from the chats table', () => {
    expect(view({ tab: 'notes' }).items.map((item) => item.chatTitle)).toEqual(['Baustelle Lindenstraße', 'Familie Müller']);
    expect(view({ tab: 'pinned' }).items.map((item) => item.chatTitle)).toEqual(['Familie Müller', 'Baustelle Lindenstraße']);
  });

  it('counts per tab', () => {
    expect(view({ tab: 'open' }).counts).toEqual({ open: 3, markers: 3, notes: 2, pinned: 2 });
  });

  it('filters by label, including labels stored under the chat title before the JID was known', () => {
    const result = view({ tab: 'notes', labelId: 'baustelle' });
    expect(result.items.map((item) => item.chatTitle)).toEqual(['Baustelle Lindenstraße']);
    expect(result.counts).toEqual({ open: 1, markers: 1, notes: 1, pinned: 1 });
    expect(view({ tab: 'open', labelId: 'angebot' }).items.map((item) => item.id)).toEqual([`flag|${MUELLER}`]);
    expect(view({ tab: 'open', labelId: 'nothing' }).total).toBe(0);
  });

  it('limits the list but reports the total', () => {
    const result = view({ tab: 'markers', limit: 1 });
    expect(result.items).toHaveLength(1);
    expect(result.total).toBe(3);
  });
});

describe('overview search', () => {
  it('finds a note by a misspelled word (typo tolerant), Umlaut folded', () => {
    for (const query of ['punktlich', 'pünktlih', 'freundlihc', 'Hnud']) {
      // "Hnud" is a swap within a 4-letter word: one edit.
      expect(ids(view({ tab: 'notes', text: query }).items), query).toEqual([`note|${MUELLER}`]);
    }
  });

  it('finds a marker by its snippet and by its sender, in Open and in Markers', () => {
    expect(ids(view({ tab: 'open', text: 'Wärmepumpe' }).items)).toEqual([`marker|${BAU}|A1`]);
    expect(ids(view({ tab: 'markers', text: 'warmepumpe material' }).items)).toEqual([`marker|${BAU}|A1`]);
    expect(ids(view({ tab: 'markers', text: 'jonas' }).items)).toEqual([`marker|${BAU}|A1`]);
    expect(ids(view({ tab: 'markers', text: 'tropft' }).items)).toEqual([`marker|${MUELLER}|B3`]);
  });

  it('finds chats by name; every word must match; while typing every prefix still matches', () => {
    expect(ids(view({ tab: 'open', text: 'Müller' }).items)).toEqual([`flag|${MUELLER}`]);
    expect(view({ tab: 'open', text: 'Müller Wärmepumpe' }).total).toBe(0);
    const query = 'Lindenstrasse';
    for (let length = 2; length <= query.length; length += 1) {
      expect(ids(view({ tab: 'pinned', text: query.slice(0, length) }).items), query.slice(0, length)).toContain(`pin|${BAU}`);
    }
  });

  it('counts hits per tab so the tabs show where the results are', () => {
    const result = view({ tab: 'open', text: 'hof' });
    expect(result.total).toBe(0);
    expect(result.counts).toEqual({ open: 0, markers: 0, notes: 1, pinned: 0 });
  });

  it('ranks a chat-name hit above a text hit; equal hits keep the tab order', () => {
    const input = sources({
      notes: [
        { chatKey: BAU, text: 'Familie ruft an', updatedAt: NOW },
        { chatKey: MUELLER, text: 'nichts', updatedAt: NOW - HOUR },
      ],
    });
    expect(view({ tab: 'notes', text: 'familie' }, input).items.map((item) => item.chatTitle)).toEqual(['Familie Müller', 'Baustelle Lindenstraße']);
    const both = sources({ markers: [marker(BAU, 'X', { snippet: 'Fliesen', sentAt: NOW - HOUR }), marker(BAU, 'Y', { snippet: 'Fliesen', sentAt: NOW - 9 * HOUR })] });
    expect(ids(view({ tab: 'open', text: 'fliesen' }, both).items)).toEqual([`marker|${BAU}|Y`, `marker|${BAU}|X`]);
  });

  it('combines the search with the label filter', () => {
    expect(view({ tab: 'open', text: 'familie', labelId: 'baustelle' }).total).toBe(0);
    expect(view({ tab: 'open', text: 'familie', labelId: 'angebot' }).total).toBe(1);
  });

  it('takes hostile text as plain words (no markup, no regex meaning)', () => {
    const hostile = '<img src=x onerror=alert(1)> ‮evil.exe .*+?[( ' + 'A'.repeat(10_000);
    const input = sources({ notes: [{ chatKey: MUELLER, text: hostile, updatedAt: NOW }] });
    expect(view({ tab: 'notes', text: 'onerror' }, input).items[0]?.text).toBe(hostile);
    expect(view({ tab: 'notes', text: '.*+?[(' }, input).total).toBe(1); // no words: lists the tab
    expect(view({ tab: 'notes', text: '<script>' }, input).total).toBe(0);
  });

  it('agrees with a brute-force filter on a generated inbox (one-word queries, no typos)', () => {
    const corpus = overviewCorpus({ chats: 300, markers: 3_000 }, 7);
    const search = createOverviewSearch(buildOverview(corpus));
    const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
    for (const query of ['wärmepumpe', 'rechnung', 'lindenstraße', 'hund', 'müller']) {
      const expected = search.data.byTab.markers
        .map((slot) => search.data.items[slot]!)
        .filter((item) => [item.chatTitle, item.text, item.detail].some((text) => fold(text).split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(fold(query)))));
      const result = search.view({ tab: 'markers', text: query, limit: 100_000 });
      expect(new Set(ids(result.items)), query).toEqual(new Set(ids(expected)));
    }
  });
});

describe('overview index built in slices', () => {
  it('gives the same results whether built at once, in slices, or half-built when the search comes', () => {
    const corpus = overviewCorpus({ chats: 200, markers: 2_000 }, 3);
    const whole = createOverviewSearch(buildOverview(corpus));
    whole.prepare();
    const sliced = createOverviewSearch(buildOverview(corpus));
    let rounds = 0;
    while (!sliced.prepareSome(0)) rounds += 1; // a zero budget still indexes one slice per call
    expect(rounds).toBeGreaterThan(1);
    const half = createOverviewSearch(buildOverview(corpus));
    half.prepareSome(0);
    for (const text of ['wärmepumpe', 'Rechnng', 'Baustelle Linden', 'm']) {
      const expected = ids(whole.view({ tab: 'markers', text }).items);
      expect(expected.length, text).toBeGreaterThan(0);
      expect(ids(sliced.view({ tab: 'markers', text }).items), text).toEqual(expected);
      expect(ids(half.view({ tab: 'markers', text }).items), text).toEqual(expected);
    }
  });
});
