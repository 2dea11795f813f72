/**
 * An inverted index from words to the documents (slots) containing them, with typo-tolerant prefix
 * lookup. This is what makes per-keystroke search cheap: a query word is compared with the
 * vocabulary (thousands of distinct words), not with every template's text (megabytes at 5,000
 * templates), and the vocabulary is walked as an implicit trie so whole branches are skipped.
 */
import { MAX_WORD_LENGTH } from './search-text.ts';

/** Bit flags of the fields a word occurs in, per document. */
export const FIELD = { body: 1, tags: 2, title: 4, shortcut: 8 } as const;
const FIELD_BITS = 4;
export const POSTING_FIELD_BITS = FIELD_BITS;
export const POSTING_FIELD_MASK = (1 << FIELD_BITS) - 1;
const NO_POSTINGS: readonly number[] = [];

export interface WordMatch {
  word: string;
  /** 0..1: 1 for the whole word without typos, less for a prefix or for typos. */
  quality: number;
}

/**
 * Typos allowed per query-word length: none for 1–3 letters (too many words would match), one for
 * 4–7, two from 8 on — about what people mistype while typing fast.
 */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/** The first index in the sorted `words` at or after `from` that is ≥ `value`. */
function lowerBound(words: readonly string[], value: string, from = 0): number {
  let low = from;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class WordIndex {
  /** Sorted vocabulary: neighbours share prefixes, which the lookup reuses like trie paths. */
  private readonly vocabulary: string[] = [];
  /** word → packed postings (slot << FIELD_BITS | field mask), one per document. */
  private readonly postings = new Map<string, number[]>();
  /**
   * The subset of postings outside the body (title, tags, shortcut). A one-letter query looks only
   * here: nearly every body has words starting with any letter, so body hits of "t" are noise, and
   * walking them was the slowest keystroke of all.
   */
  private readonly headPostings = new Map<string, number[]>();
  /** DP rows per word depth, reused across lookups. */
  private rows: Int32Array[] = [];

  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  /**
   * Adds a document's words. `wordFields` must hold each word once with all its field bits: the
   * caller keeps it to remove the document later.
   */
  addDocument(slot: number, wordFields: ReadonlyMap<string, number>): void {
    for (const [word, fields] of wordFields) {
      let list = this.postings.get(word);
      if (!list) {
        list = [];
        this.postings.set(word, list);
        this.vocabulary.splice(lowerBound(this.vocabulary, word), 0, word);
      }
      list.push((slot << FIELD_BITS) | fields);
      this.addHeadPosting(word, slot, fields);
    }
  }

  private addHeadPosting(word: string, slot: number, fields: number): void {
    if ((fields & ~FIELD.body) === 0) return;
    let head = this.headPostings.get(word);
    if (!head) {
      head = [];
      this.headPostings.set(word, head);
    }
    head.push((slot << FIELD_BITS) | fields);
  }

  /** Bulk build: sorting once is much cheaper than inserting 10,000 words one by one. */
  addDocuments(documents: Iterable<[number, ReadonlyMap<string, number>]>): void {
    const fresh: string[] = [];
    for (const [slot, wordFields] of documents) {
      for (const [word, fields] of wordFields) {
        let list = this.postings.get(word);
        if (!list) {
          list = [];
          this.postings.set(word, list);
          fresh.push(word);
        }
        list.push((slot << FIELD_BITS) | fields);
        this.addHeadPosting(word, slot, fields);
      }
    }
    if (fresh.length) {
      this.vocabulary.push(...fresh);
      this.vocabulary.sort();
    }
  }

  removeDocument(slot: number, wordFields: ReadonlyMap<string, number>): void {
    for (const word of wordFields.keys()) {
      const head = this.headPostings.get(word);
      if (head) {
        removePosting(head, slot);
        if (head.length === 0) this.headPostings.delete(word);
      }
      const list = this.postings.get(word);
      if (!list) continue;
      removePosting(list, slot);
      if (list.length === 0) {
        this.postings.delete(word);
        const index = lowerBound(this.vocabulary, word);
        if (this.vocabulary[index] === word) this.vocabulary.splice(index, 1);
      }
    }
  }

  /**
   * The packed postings of a word: `posting >>> POSTING_FIELD_BITS` is the slot, `posting &
   * POSTING_FIELD_MASK` the fields. A raw array, because search loops over tens of thousands of
   * them per keystroke and a callback per posting would double that cost.
   */
  postingsOf(word: string, headOnly = false): readonly number[] {
    return (headOnly ? this.headPostings : this.postings).get(word) ?? NO_POSTINGS;
  }

  /**
   * Vocabulary words that the (folded) query word is a prefix of, allowing `allowedEdits` typos
   * (insert, delete, substitute, swap two neighbours) after the first letter. A Levenshtein row is computed per letter of
   * each vocabulary word; rows of a shared prefix are kept from the previous word, and when a row
   * is already over the limit every word with that prefix is skipped.
   */
  lookup(queryWord: string): WordMatch[] {
    const query = queryWord.slice(0, MAX_WORD_LENGTH);
    const m = query.length;
    if (m === 0) return [];
    const maxEdits = allowedEdits(m);
    const words = this.vocabulary;
    const matches: WordMatch[] = [];

    if (maxEdits === 0) {
      // Plain prefix range: no row computation needed.
      for (let index = lowerBound(words, query); index < words.length; index += 1) {
        const word = words[index] as string;
        if (!word.startsWith(query)) break;
        matches.push({ word, quality: prefixQuality(m, word.length, 0, word.length === m) });
      }
      return matches;
    }

    const rows = this.rowsFor(m);
    // bestPrefix[d]: fewest edits turning the query into any prefix of the word up to depth d.
    const bestPrefix = new Int32Array(MAX_WORD_LENGTH + 1);
    bestPrefix[0] = m;
    let previous = '';
    // Typos are looked for only among words with the same first letter (as Lucene's fuzzy
    // prefixLength 1 does): people rarely mistype the first letter, and walking one letter's words
    // instead of the whole vocabulary is what keeps a two-typo lookup well under a millisecond.
    const firstLetter = query.slice(0, 1);
    let index = lowerBound(words, firstLetter);
    const end = lowerBound(words, firstLetter + '\uffff', index);
    while (index < end) {
      const word = words[index] as string;
      let depth = 0;
      const shared = Math.min(previous.length, word.length);
      while (depth < shared && previous.charCodeAt(depth) === word.charCodeAt(depth)) depth += 1;
      let pruneAt = -1;
      for (let d = depth + 1; d <= word.length; d += 1) {
        const rowMin = fillRow(rows, d, query, word);
        bestPrefix[d] = Math.min(bestPrefix[d - 1] as number, (rows[d] as Int32Array)[m] as number);
        if (rowMin > maxEdits) {
          pruneAt = d;
          break;
        }
      }
      previous = word;
      if (pruneAt !== -1) {
        // No word continuing this prefix can get closer than it is now: take or skip them together.
        const rangeEnd = Math.min(end, lowerBound(words, word.slice(0, pruneAt) + '\uffff', index + 1));
        const prefixEdits = bestPrefix[pruneAt] as number;
        if (prefixEdits <= maxEdits) {
          for (let inRange = index; inRange < rangeEnd; inRange += 1) {
            const rangeWord = words[inRange] as string;
            matches.push({ word: rangeWord, quality: prefixQuality(m, rangeWord.length, prefixEdits, false) });
          }
        }
        previous = word.slice(0, pruneAt - 1);
        index = rangeEnd;
        continue;
      }
      const prefixEdits = bestPrefix[word.length] as number;
      if (prefixEdits <= maxEdits) {
        const wholeEdits = (rows[word.length] as Int32Array)[m] as number;
        const whole = wholeEdits <= maxEdits ? wholeQuality(wholeEdits) : 0;
        matches.push({ word, quality: Math.max(whole, prefixQuality(m, word.length, prefixEdits, false)) });
      }
      index += 1;
    }
    return matches;
  }

  private rowsFor(m: number): Int32Array[] {
    if (!this.rows[0] || this.rows[0].length !== m + 1) {
      this.rows = Array.from({ length: MAX_WORD_LENGTH + 1 }, () => new Int32Array(m + 1));
    }
    const first = this.rows[0] as Int32Array;
    for (let i = 0; i <= m; i += 1) first[i] = i;
    return this.rows;
  }
}

function removePosting(list: number[], slot: number): void {
  const at = list.findIndex((posting) => posting >>> FIELD_BITS === slot);
  if (at !== -1) list.splice(at, 1);
}

/**
 * Row `d` of the edit-distance table between the query and word[0..d) (optimal string alignment:
 * a swap of neighbours costs one). Returns the row's minimum for pruning.
 */
function fillRow(rows: Int32Array[], d: number, query: string, word: string): number {
  const row = rows[d] as Int32Array;
  const above = rows[d - 1] as Int32Array;
  const aboveTwo = d >= 2 ? (rows[d - 2] as Int32Array) : undefined;
  const letter = word.charCodeAt(d - 1);
  const letterBefore = d >= 2 ? word.charCodeAt(d - 2) : -1;
  row[0] = d;
  let rowMin = d;
  for (let i = 1; i < row.length; i += 1) {
    const queryLetter = query.charCodeAt(i - 1);
    const cost = queryLetter === letter ? 0 : 1;
    let best = Math.min((above[i - 1] as number) + cost, (above[i] as number) + 1, (row[i - 1] as number) + 1);
    if (aboveTwo && i >= 2 && queryLetter === letterBefore && query.charCodeAt(i - 2) === letter) {
      best = Math.min(best, (aboveTwo[i - 2] as number) + 1);
    }
    row[i] = best;
    if (best < rowMin) rowMin = best;
  }
  return rowMin;
}

function wholeQuality(edits: number): number {
  return 1 - 0.25 * edits;
}

/** A prefix is worth less than the whole word, more so the less of the word was typed. */
function prefixQuality(typed: number, wordLength: number, edits: number, whole: boolean): number {
  if (whole) return wholeQuality(edits);
  return 0.7 + 0.2 * (typed / wordLength) - 0.25 * edits;
}
