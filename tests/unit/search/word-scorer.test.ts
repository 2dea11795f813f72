/**
 * WordScorer: the multi-word scoring that template search and the overview share — every query word
 * must match, each word adds its best field weight × match quality, and nothing carries over from one
 * search to the next.
 */
import { describe, expect, it } from 'vitest';
import { FIELD, WordIndex } from '../../../utils/search/word-index.ts';
import { WordScorer } from '../../../utils/search/word-scorer.ts';

const weight = (fields: number) => (fields & FIELD.title ? 3 : 1);

function indexOf(documents: Array<Record<string, number>>): WordIndex {
  const index = new WordIndex();
  documents.forEach((words, slot) => index.addDocument(slot, new Map(Object.entries(words))));
  return index;
}

function search(scorer: WordScorer, index: WordIndex, query: string[]): Map<number, number> {
  const planned = scorer.plan(index, query);
  let candidates = scorer.scorePostings(index, planned[0]?.matches ?? [], null);
  for (const word of planned.slice(1)) candidates = scorer.scorePostings(index, word.matches, candidates);
  return new Map(candidates.map((slot) => [slot, scorer.take(slot)]));
}

describe('WordScorer', () => {
  const index = indexOf([
    { termin: FIELD.title, bestaetigt: FIELD.body },
    { termin: FIELD.body, verschoben: FIELD.title },
    { rechnung: FIELD.title, termin: FIELD.body },
  ]);

  it('keeps only documents that match every word, scored by field weight', () => {
    const scorer = new WordScorer(weight);
    scorer.ensureCapacity(3);
    expect(search(scorer, index, ['termin'])).toEqual(new Map([[0, 3], [1, 1], [2, 1]]));
    expect(search(scorer, index, ['termin', 'verschoben'])).toEqual(new Map([[1, 4]]));
    expect(search(scorer, index, ['termin', 'angebot'])).toEqual(new Map());
  });

  it('plans the most selective word first', () => {
    const scorer = new WordScorer(weight);
    expect(scorer.plan(index, ['termin', 'rechnung']).map((word) => word.postings)).toEqual([1, 3]);
  });

  it('starts every search from zero, also after a word dropped candidates', () => {
    const scorer = new WordScorer(weight);
    scorer.ensureCapacity(3);
    search(scorer, index, ['termin', 'rechnung']);
    expect(search(scorer, index, ['verschoben', 'rechnung'])).toEqual(new Map()); // doc 1 scored, then dropped
    expect(search(scorer, index, ['termin'])).toEqual(new Map([[0, 3], [1, 1], [2, 1]]));
  });
});
