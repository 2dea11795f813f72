import { describe, expect, it } from 'vitest';
import type { Template } from '../../../utils/templates/model.ts';
import { defaultTemplates } from '../../../utils/templates/pack.ts';
import { createTemplateSearch } from '../../../utils/templates/search.ts';
import { usageScore } from '../../../utils/templates/usage-rank.ts';
import { WordIndex } from '../../../utils/search/word-index.ts';

const NOW = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;
const clock = () => NOW;

function template(id: string, fields: Partial<Template> = {}): Template {
  return { id, title: id, body: '', tags: [], language: 'de', usageCount: 0, createdAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY, ...fields };
}

const titles = (hits: { template: Template }[]) => hits.map((hit) => hit.template.title);

describe('template search ranking', () => {
  const pack = defaultTemplates('de', { now: NOW - DAY });

  it('finds a title despite a typo, and ranks it first', () => {
    expect(titles(createTemplateSearch(pack, { now: clock }).search('Termn bestätigt', 3))[0]).toBe('Termin bestätigt');
    expect(titles(createTemplateSearch(pack, { now: clock }).search('rechnug', 3))).toContain('Rechnung verschickt');
  });

  it('matches while typing: every prefix of the query finds the template', () => {
    const search = createTemplateSearch(pack, { now: clock });
    const query = 'material bestellt';
    for (let length = 3; length <= query.length; length += 1) {
      expect(titles(search.search(query.slice(0, length), 5)), query.slice(0, length)).toContain('Material bestellt');
    }
  });

  it('ignores case, Umlaute and the order of words', () => {
    const search = createTemplateSearch(pack, { now: clock });
    for (const query of ['ZAHLUNGSERINNERUNG', 'zahlungserinnerung freundlich', 'freundlich zahlungserinnerung', 'bestatigt termin', 'bestaetigt']) {
      expect(titles(search.search(query, 5)).length, query).toBeGreaterThan(0);
    }
    expect(titles(search.search('freundlich zahlungserinnerung', 1))).toEqual(['Zahlungserinnerung (freundlich)']);
  });

  it('finds templates by tag', () => {
    const search = createTemplateSearch([template('a', { title: 'Gerüst', tags: ['Baustelle'] }), template('b', { title: 'Anderes', body: 'nichts' })], { now: clock });
    expect(titles(search.search('baustelle'))).toEqual(['Gerüst']);
  });

  it('puts the exact shortcut first, with or without "/"', () => {
    const templates = [
      template('body', { title: 'Rückruf', body: 'Wir rufen wegen des Termins zurück, Termin termin termin.' }),
      template('title', { title: 'Termin verschoben', usageCount: 50, lastUsedAt: NOW }),
      template('short', { title: 'Bestätigung', shortcut: 'termin' }),
    ];
    const search = createTemplateSearch(templates, { now: clock });
    expect(titles(search.search('termin'))).toEqual(['Bestätigung', 'Termin verschoben', 'Rückruf']);
    expect(titles(search.search('/termin'))[0]).toBe('Bestätigung');
    expect(titles(search.search('  /TERMIN '))[0]).toBe('Bestätigung');
  });

  it('ranks a title match above a body match', () => {
    const search = createTemplateSearch(
      [template('body', { title: 'Allgemein', body: 'Bitte schicken Sie Fotos vom Bad.', usageCount: 100, lastUsedAt: NOW }), template('title', { title: 'Fotos anfordern' })],
      { now: clock },
    );
    expect(titles(search.search('fotos'))).toEqual(['Fotos anfordern', 'Allgemein']);
  });

  it('matches a lone first letter in titles, tags and shortcuts only', () => {
    const search = createTemplateSearch(
      [template('body', { title: 'Anderes', body: 'Termin morgen' }), template('title', { title: 'Termin bestätigt' }), template('tag', { title: 'Zaun', tags: ['Tor'] })],
      { now: clock },
    );
    expect(titles(search.search('t')).sort()).toEqual(['Termin bestätigt', 'Zaun']);
    expect(titles(search.search('te'))).toEqual(['Termin bestätigt', 'Anderes']);
    expect(titles(search.search('anderes t'))).toEqual(['Anderes']);
  });

  it('needs every query word to match somewhere', () => {
    const search = createTemplateSearch(pack, { now: clock });
    expect(search.search('termin xylophon')).toEqual([]);
    expect(search.search('qqqq')).toEqual([]);
  });

  it('lists everything by usage and recency on an empty query', () => {
    const templates = [
      template('never', { title: 'Nie benutzt' }),
      template('often-old', { title: 'Oft, aber lange her', usageCount: 30, lastUsedAt: NOW - 30 * DAY }),
      template('once-now', { title: 'Einmal, gerade eben', usageCount: 1, lastUsedAt: NOW - 60_000 }),
      template('some', { title: 'Manchmal', usageCount: 5, lastUsedAt: NOW - 7 * DAY }),
    ];
    const search = createTemplateSearch(templates, { now: clock });
    expect(titles(search.search(''))).toEqual(['Einmal, gerade eben', 'Oft, aber lange her', 'Manchmal', 'Nie benutzt']);
    expect(titles(search.search('   ', 2))).toEqual(['Einmal, gerade eben', 'Oft, aber lange her']);
  });

  it('breaks ties between equal matches by usage', () => {
    const search = createTemplateSearch(
      [template('a', { title: 'Termin A' }), template('b', { title: 'Termin B', usageCount: 9, lastUsedAt: NOW - DAY })],
      { now: clock },
    );
    expect(titles(search.search('termin'))).toEqual(['Termin B', 'Termin A']);
  });

  it('respects the limit', () => {
    const search = createTemplateSearch(pack, { now: clock });
    expect(search.search('', 5)).toHaveLength(5);
    expect(search.search('termin', 2)).toHaveLength(2);
    expect(search.search('termin', 0)).toEqual([]);
  });
});

describe('template search updates', () => {
  it('adds, updates and removes without rebuilding', () => {
    const search = createTemplateSearch([template('a', { title: 'Heizung Wartung' })], { now: clock });
    expect(titles(search.search('dachrinne'))).toEqual([]);
    search.add(template('b', { title: 'Dachrinne reinigen', shortcut: 'rinne' }));
    expect(titles(search.search('dachrine'))).toEqual(['Dachrinne reinigen']);
    search.update(template('b', { title: 'Fallrohr prüfen', shortcut: 'rohr' }));
    expect(titles(search.search('dachrinne'))).toEqual([]);
    expect(titles(search.search('/rinne'))).toEqual([]);
    expect(titles(search.search('/rohr'))).toEqual(['Fallrohr prüfen']);
    expect(search.size).toBe(2);
    search.remove('b');
    search.remove('unknown');
    expect(titles(search.search('fallrohr'))).toEqual([]);
    expect(titles(search.search(''))).toEqual(['Heizung Wartung']);
    expect(search.size).toBe(1);
  });

  it('reuses freed slots correctly', () => {
    const search = createTemplateSearch([], { now: clock });
    for (let round = 0; round < 3; round += 1) {
      search.add(template('x', { title: `Runde ${round} Estrich` }));
      search.add(template('y', { title: `Runde ${round} Parkett` }));
      search.remove('x');
    }
    expect(titles(search.search('runde'))).toEqual(['Runde 2 Parkett']);
    expect(titles(search.search('estrich'))).toEqual([]);
  });
});

describe('WordIndex.lookup', () => {
  const index = new WordIndex();
  const words = ['termin', 'terminabsprache', 'termine', 'team', 'bestatigt', 'bestellt', 'rechnung', 'tor'];
  index.addDocuments(words.map((word, slot) => [slot, new Map([[word, 1]])]));
  const found = (query: string) => index.lookup(query).map((match) => match.word).sort();

  it('matches prefixes exactly for short words', () => {
    expect(found('te')).toEqual(['team', 'termin', 'terminabsprache', 'termine']);
    expect(found('tx')).toEqual([]);
  });

  it('allows one typo from four letters and two from eight', () => {
    expect(found('termn')).toEqual(['termin', 'terminabsprache', 'termine']);
    expect(found('tremin')).toEqual(['termin', 'terminabsprache', 'termine']); // swapped neighbours
    expect(found('bestätigt'.normalize('NFD').replace(/\p{M}/gu, ''))).toEqual(['bestatigt']);
    expect(found('bestatgit')).toEqual(['bestatigt']);
    expect(found('rehcnung')).toEqual(['rechnung']);
  });

  it('scores the whole word above a prefix and a typo lower', () => {
    const quality = (query: string, word: string) => index.lookup(query).find((match) => match.word === word)?.quality;
    expect(quality('termin', 'termin')).toBe(1);
    expect(quality('termin', 'termine')).toBeLessThan(1);
    expect(quality('termn', 'termin')).toBeLessThan(quality('termin', 'termine') as number);
  });
});

describe('usageScore', () => {
  it('is the documented formula', () => {
    expect(usageScore({ usageCount: 0 }, NOW)).toBe(0);
    expect(usageScore({ usageCount: 4, lastUsedAt: NOW }, NOW)).toBeCloseTo(Math.log(5) + 3);
    expect(usageScore({ usageCount: 4, lastUsedAt: NOW - 7 * DAY }, NOW)).toBeCloseTo(Math.log(5) + 1.5);
    expect(usageScore({ usageCount: 4, lastUsedAt: NOW + DAY }, NOW)).toBeCloseTo(Math.log(5) + 3);
  });
});
