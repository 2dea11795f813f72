/**
 * Scoring a multi-word query against a WordIndex, shared by template search and the overview search.
 *
 * Every query word must match. Per word, a document scores the best `quality × weight(field)` over
 * the vocabulary words the query word matched; the document's total is the sum over query words.
 * The most selective word is scored first, from its postings; each further word only keeps the
 * candidates that are still in the running. The scratch arrays are reused across keystrokes (no
 * allocation per search, no clearing of 100,000-slot arrays: a stamp marks the candidates).
 */
import { POSTING_FIELD_BITS, POSTING_FIELD_MASK, type WordIndex, type WordMatch } from './word-index.ts';

export interface PlannedWord {
  matches: WordMatch[];
  /** How many postings the word's matches have: its cost, and how unselective it is. */
  postings: number;
}

/** Recent query words' lookups; while typing, the earlier words repeat on every keystroke. */
const LOOKUP_CACHE_SIZE = 64;

export class WordScorer {
  private totals = new Float64Array(0);
  private wordBest = new Float64Array(0);
  /** stamps[slot] === stamp marks the candidates still in the running. */
  private stamps = new Int32Array(0);
  private stamp = 0;
  private readonly lookups = new Map<string, WordMatch[]>();

  /** `weightOf` turns a posting's field bits into the weight of its best field. */
  constructor(private readonly weightOf: (fields: number) => number) {}

  /** Makes room for slots 0..size-1 (grows only). */
  ensureCapacity(size: number): void {
    if (this.totals.length >= size) return;
    const grown = Math.max(size, 16);
    this.totals = new Float64Array(grown);
    this.wordBest = new Float64Array(grown);
    this.stamps = new Int32Array(grown);
  }

  /** Call when the index changes: cached lookups would miss new words. */
  forgetLookups(): void {
    this.lookups.clear();
  }

  lookup(index: WordIndex, word: string): WordMatch[] {
    let matches = this.lookups.get(word);
    if (!matches) {
      if (this.lookups.size > LOOKUP_CACHE_SIZE) this.lookups.clear();
      matches = index.lookup(word);
      this.lookups.set(word, matches);
    }
    return matches;
  }

  /** The query words with their matches, most selective first. */
  plan(index: WordIndex, queryWords: readonly string[]): PlannedWord[] {
    return queryWords
      .map((word) => {
        const matches = this.lookup(index, word);
        let postings = 0;
        for (const match of matches) postings += index.postingsOf(match.word).length;
        return { matches, postings };
      })
      .sort((a, b) => a.postings - b.postings);
  }

  /**
   * Adds one query word's best score per document to the totals, reading the word's postings. With
   * `among`, only those documents count (the others drop out, their totals cleared); `headOnly`
   * reads the postings outside the body only. Returns the documents that matched.
   */
  scorePostings(index: WordIndex, matches: readonly WordMatch[], among: readonly number[] | null, headOnly = false): number[] {
    const { totals, wordBest, stamps } = this;
    if (among) {
      this.stamp += 1;
      for (const slot of among) stamps[slot] = this.stamp;
    }
    const stamp = this.stamp;
    const found: number[] = [];
    for (const { word, quality } of matches) {
      const postings = index.postingsOf(word, headOnly);
      for (let at = 0; at < postings.length; at += 1) {
        const posting = postings[at] as number;
        const slot = posting >>> POSTING_FIELD_BITS;
        if (among && stamps[slot] !== stamp) continue;
        const score = quality * this.weightOf(posting & POSTING_FIELD_MASK);
        if (wordBest[slot] === 0) found.push(slot);
        if (score > (wordBest[slot] as number)) wordBest[slot] = score;
      }
    }
    for (const slot of found) {
      totals[slot] = (totals[slot] as number) + (wordBest[slot] as number);
      wordBest[slot] = 0;
      stamps[slot] = 0;
    }
    if (among) for (const slot of among) if (stamps[slot] === stamp) totals[slot] = 0; // not found: out
    return found;
  }

  /** For scoring paths of the caller's own: adds a word's score to a document's total. */
  add(slot: number, score: number): void {
    this.totals[slot] = (this.totals[slot] as number) + score;
  }

  /** Takes a document out of the running (its total cleared). */
  drop(slot: number): void {
    this.totals[slot] = 0;
  }

  /**
   * A document's total, rounded so that equal matches tie exactly (and tie-breaks apply), and
   * cleared for the next search. Every candidate must be taken once.
   */
  take(slot: number): number {
    const score = Math.round((this.totals[slot] as number) * 1e6) / 1e6;
    this.totals[slot] = 0;
    return score;
  }
}
