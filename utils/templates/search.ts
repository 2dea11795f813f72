/**
 * Searching templates as the user types in the picker.
 *
 * Ranking, best first:
 *  1. the template whose shortcut equals the query ("termin" or "/termin");
 *  2. templates matching every query word (typos allowed, the last word may be unfinished), scored
 *     per word by where it matched — shortcut 4, title 3, tags 2, body 1 — times how well
 *     (whole word > prefix, minus per typo), plus a bonus when the title starts with / contains the
 *     query as typed;
 *  3. ties by usageScore (most used / recent), then title.
 * An empty query lists all templates by usageScore.
 *
 * Why not fuse.js (the first design): a full fuse.js scan over title, body, tags and shortcut
 * costs 90–110 ms CPU per keystroke at the median and 220–340 ms at p95 with 5,000 templates on the
 * 2-core reference machine (docs/templates.md, Performance) — over 100× the 2 ms budget, and over
 * budget already at 100 templates — because it runs its bitap matcher over every template's text
 * on every keystroke. The word index here compares query words with the vocabulary instead.
 */
import type { Template } from './model.ts';
import { normalizeShortcut } from './model.ts';
import { foldForSearch, searchWords } from '../search/search-text.ts';
import { TopK } from '../search/top-k.ts';
import { usageScore } from './usage-rank.ts';
import { FIELD, WordIndex, type WordMatch } from '../search/word-index.ts';
import { WordScorer } from '../search/word-scorer.ts';

export const FIELD_WEIGHTS = { shortcut: 4, title: 3, tags: 2, body: 1 } as const;
const TITLE_STARTS_WITH_QUERY_BONUS = 2;
const TITLE_CONTAINS_QUERY_BONUS = 1;
export const DEFAULT_SEARCH_LIMIT = 20;
/** Query words beyond this are ignored: a pasted paragraph must not stall the picker. */
const MAX_QUERY_WORDS = 8;
const USAGE_SCORE_MAX_AGE_MS = 60_000;

export interface TemplateSearchHit {
  template: Template;
  /** Higher is better; only comparable within one search. Infinity for the exact shortcut. */
  score: number;
}

export interface TemplateSearch {
  search(query: string, limit?: number): TemplateSearchHit[];
  add(template: Template): void;
  remove(id: string): void;
  /** Replaces the template with the same id (or adds it). */
  update(template: Template): void;
  readonly size: number;
}

export interface TemplateSearchOptions {
  /** The clock for recency; tests pass a fixed one. */
  now?: () => number;
}

interface Entry {
  template: Template;
  foldedTitle: string;
  /** Each distinct word once, with the bits of the fields it occurs in (kept for removal). */
  wordFields: Map<string, number>;
}

function fieldWeight(fields: number): number {
  if (fields & FIELD.shortcut) return FIELD_WEIGHTS.shortcut;
  if (fields & FIELD.title) return FIELD_WEIGHTS.title;
  if (fields & FIELD.tags) return FIELD_WEIGHTS.tags;
  return FIELD_WEIGHTS.body;
}

function indexEntry(template: Template): Entry {
  const wordFields = new Map<string, number>();
  const addWords = (text: string, field: number) => {
    for (const word of searchWords(foldForSearch(text))) wordFields.set(word, (wordFields.get(word) ?? 0) | field);
  };
  addWords(template.body, FIELD.body);
  addWords(template.tags.join(' '), FIELD.tags);
  addWords(template.title, FIELD.title);
  if (template.shortcut) addWords(template.shortcut, FIELD.shortcut);
  return { template, foldedTitle: foldForSearch(template.title), wordFields };
}

export function createTemplateSearch(templates: readonly Template[], options: TemplateSearchOptions = {}): TemplateSearch {
  const now = options.now ?? Date.now;
  const words = new WordIndex();
  /** Slots are reused after removal so the score arrays stay as small as the collection. */
  const slots: (Entry | undefined)[] = [];
  const freeSlots: number[] = [];
  const slotById = new Map<string, number>();
  const slotByShortcut = new Map<string, number>();
  /** Distinct words over all templates, to estimate what checking a candidate's words costs. */
  let indexedWords = 0;
  /** Usage score per slot (NaN: not computed yet), valid for USAGE_SCORE_MAX_AGE_MS from usageAt. */
  let usage = new Float64Array(0);
  let usageAt = Number.NEGATIVE_INFINITY;
  const scorer = new WordScorer(fieldWeight);

  const store = (template: Template): [number, Entry] => {
    const entry = indexEntry(template);
    const slot = freeSlots.pop() ?? slots.length;
    slots[slot] = entry;
    if (slot < usage.length) usage[slot] = Number.NaN; // new usage count or last use
    slotById.set(template.id, slot);
    indexedWords += entry.wordFields.size;
    if (template.shortcut) slotByShortcut.set(normalizeShortcut(template.shortcut), slot);
    return [slot, entry];
  };

  const remove = (id: string) => {
    const slot = slotById.get(id);
    if (slot === undefined) return;
    const entry = slots[slot] as Entry;
    words.removeDocument(slot, entry.wordFields);
    indexedWords -= entry.wordFields.size;
    slotById.delete(id);
    if (entry.template.shortcut && slotByShortcut.get(normalizeShortcut(entry.template.shortcut)) === slot) {
      slotByShortcut.delete(normalizeShortcut(entry.template.shortcut));
    }
    slots[slot] = undefined;
    freeSlots.push(slot);
    scorer.forgetLookups();
  };

  const add = (template: Template) => {
    if (slotById.has(template.id)) remove(template.id);
    const [slot, entry] = store(template);
    words.addDocument(slot, entry.wordFields);
    scorer.forgetLookups();
  };

  const averageWordsPerTemplate = () => (slotById.size ? indexedWords / slotById.size : 0);

  /** A query word's score per candidate, by checking each candidate's own words against the word's matches. */
  const fromCandidateWords = (matches: readonly WordMatch[], among: readonly number[]): number[] => {
    const qualityByWord = new Map<string, number>();
    for (const { word, quality } of matches) qualityByWord.set(word, quality);
    const found: number[] = [];
    for (const slot of among) {
      let best = 0;
      for (const [word, fields] of (slots[slot] as Entry).wordFields) {
        const quality = qualityByWord.get(word);
        if (quality !== undefined && quality * fieldWeight(fields) > best) best = quality * fieldWeight(fields);
      }
      if (best > 0) {
        scorer.add(slot, best);
        found.push(slot);
      } else {
        scorer.drop(slot);
      }
    }
    return found;
  };

  const initial = new Map<string, Template>();
  for (const template of templates) initial.set(template.id, template); // last one wins, like update
  words.addDocuments([...initial.values()].map((template) => {
    const [slot, entry] = store(template);
    return [slot, entry.wordFields] as [number, Map<string, number>];
  }));

  const search = (query: string, limit = DEFAULT_SEARCH_LIMIT): TemplateSearchHit[] => {
    if (limit <= 0) return [];
    const at = now();
    // Usage scores change slowly (the recency half-life is a week): computed lazily, at most once
    // per template and minute, so an empty query does not recompute 5,000 logarithms per keystroke.
    if (usage.length < slots.length || at - usageAt > USAGE_SCORE_MAX_AGE_MS || at < usageAt) {
      usage = new Float64Array(Math.max(slots.length, 16)).fill(Number.NaN);
      usageAt = at;
    }
    const usageOf = (slot: number) => {
      let value = usage[slot] as number;
      if (Number.isNaN(value)) {
        value = usageScore((slots[slot] as Entry).template, usageAt);
        usage[slot] = value;
      }
      return value;
    };
    const better = (a: number, aScore: number, b: number, bScore: number) => {
      if (aScore !== bScore) return aScore > bScore;
      const usageA = usageOf(a);
      const usageB = usageOf(b);
      if (usageA !== usageB) return usageA > usageB;
      const entryA = slots[a] as Entry;
      const entryB = slots[b] as Entry;
      if (entryA.template.updatedAt !== entryB.template.updatedAt) return entryA.template.updatedAt > entryB.template.updatedAt;
      return entryA.template.title.localeCompare(entryB.template.title) < 0;
    };
    const top = new TopK(limit, better);

    const shortcutSlot = slotByShortcut.get(normalizeShortcut(query));
    const queryWords = searchWords(foldForSearch(query.replace(/^\s*\//, ''))).slice(0, MAX_QUERY_WORDS);

    if (queryWords.length === 0) {
      for (let slot = 0; slot < slots.length; slot += 1) if (slots[slot] && slot !== shortcutSlot) top.offer(slot, 0);
      return hits(top, shortcutSlot, slots);
    }

    scorer.ensureCapacity(slots.length);
    const planned = scorer.plan(words, queryWords);

    // A lone first letter ("T") matches titles, tags and shortcuts only: body words starting with
    // any letter are everywhere, so those hits would be noise (and the slowest keystroke).
    const firstLetterOnly = queryWords.length === 1 && (queryWords[0] as string).length === 1;
    let candidates = scorer.scorePostings(words, planned[0]?.matches ?? [], null, firstLetterOnly);
    for (const word of planned.slice(1)) {
      if (candidates.length === 0) break;
      // Either walk the word's postings, or look the word up in each candidate's own word list —
      // whichever touches fewer entries. Short last words ("Termin b") take the second path.
      candidates = candidates.length * averageWordsPerTemplate() < word.postings ? fromCandidateWords(word.matches, candidates) : scorer.scorePostings(words, word.matches, candidates);
    }

    const foldedQuery = foldForSearch(query.replace(/^\s*\//, '')).replace(/\s+/g, ' ').trim();
    for (const slot of candidates) {
      let score = scorer.take(slot);
      if (slot === shortcutSlot) continue;
      const title = (slots[slot] as Entry).foldedTitle;
      if (title.startsWith(foldedQuery)) score += TITLE_STARTS_WITH_QUERY_BONUS;
      else if (title.includes(foldedQuery)) score += TITLE_CONTAINS_QUERY_BONUS;
      top.offer(slot, score);
    }
    return hits(top, shortcutSlot, slots);
  };

  return {
    search,
    add,
    remove,
    update: add,
    get size() {
      return slotById.size;
    },
  };
}

function hits(top: TopK, shortcutSlot: number | undefined, slots: readonly (Entry | undefined)[]): TemplateSearchHit[] {
  const ranked = top.sorted().map(({ slot, score }) => ({ template: (slots[slot] as Entry).template, score }));
  if (shortcutSlot === undefined) return ranked;
  const exact = { template: (slots[shortcutSlot] as Entry).template, score: Number.POSITIVE_INFINITY };
  return [exact, ...ranked].slice(0, Math.max(1, top.limit));
}
