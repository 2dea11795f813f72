/**
 * The word index against a brute-force reference: for exact (typo-free) prefix queries, the set of
 * templates found must be exactly those in which every query word starts some word. Runs on a
 * generated collection large enough that multi-word queries take both evaluation paths (postings
 * and candidate words).
 */
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../utils/templates/model.ts';
import { createTemplateSearch } from '../../../utils/templates/search.ts';
import { foldForSearch, searchWords } from '../../../utils/search/search-text.ts';
import { templateCorpus } from '../../bench/template-corpus.ts';

const corpus = templateCorpus(600, 11);
const search = createTemplateSearch(corpus, { now: () => Date.UTC(2026, 10, 27) });

function wordsOf(template: Template, withBody: boolean): string[] {
  const fields = [template.title, template.tags.join(' '), template.shortcut ?? ''];
  return searchWords(foldForSearch([...fields, withBody ? template.body : ''].join(' ')));
}

function bruteForce(query: string): Set<string> {
  const queryWords = searchWords(foldForSearch(query));
  // The documented exception: a lone first letter matches titles, tags and shortcuts only.
  const withBody = !(queryWords.length === 1 && queryWords[0]?.length === 1);
  return new Set(
    corpus.filter((template) => {
      const words = wordsOf(template, withBody);
      return queryWords.every((queryWord) => words.some((word) => word.startsWith(queryWord)));
    }).map((template) => template.id),
  );
}

const found = (query: string) => new Set(search.search(query, 10_000).map((hit) => hit.template.id));

describe('search agrees with a brute-force reference', () => {
  // Up to three letters per word: no typos allowed, so the reference is exact.
  // A rare word next to a very common one ('17 v', '230 g') makes the second word
  // be checked against the candidates' own words instead of its postings.
  const exactQueries = ['hei', 'hei lin', 'lin hei', 'ter bes', 'd', 'k', 'g', 'fli ba', 'wa ga', 're mu', 'kun', 'p te vi', 'zz', '17 v', 'v 17', '230 g', '230 g d'];
  it.each(exactQueries)('%j', (query) => {
    expect(found(query)).toEqual(bruteForce(query));
  });

  it('finds at least the exact matches when typos are allowed, and does not depend on word order', () => {
    for (const query of ['heizung lindenstraße', 'rechnung termin', 'material fliesen angebot', 'dachfenster gartenweg']) {
      const hits = found(query);
      for (const id of bruteForce(query)) expect(hits.has(id), `${query}: ${id}`).toBe(true);
      const reversed = query.split(' ').reverse().join(' ');
      expect(found(reversed), reversed).toEqual(hits);
    }
  });
});
