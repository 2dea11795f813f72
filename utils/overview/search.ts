/**
 * The overview's one search box: typo-tolerant search over chat names, marker snippets (and their
 * sender and note) and notes, within a tab and an optional label.
 *
 * Not fuse.js (docs/design.md §8): the overview must answer in ≤ 50 ms per keystroke at 100,000
 * markers and 10,000 chats, and fuse.js scans every text on every keystroke (~95 ms already at 5,000
 * templates). This uses the same word index as template search (utils/search/): a query word is
 * compared with the vocabulary, not with every text.
 *
 * Ranking: every query word must match (typos allowed, the last word may be unfinished); per word the
 * best of chat name (3), sender/marker note (2), snippet/note text (1), times how well it matched.
 * Ties keep the tab's own order (longest waiting first, …). A query of one letter looks at chat names
 * and senders only: nearly every text has a word starting with any letter.
 *
 * The index is not built when the panel opens (opening must be quick): the panel builds it in small
 * slices while the user reads (`prepareSome`), and the first search completes whatever is left.
 */
import { foldForSearch, searchWords } from '../search/search-text.ts';
import { TopK } from '../search/top-k.ts';
import { FIELD, WordIndex } from '../search/word-index.ts';
import { WordScorer } from '../search/word-scorer.ts';
import { OVERVIEW_TABS, TAB_BIT, type OverviewData, type OverviewItem, type OverviewTab } from './items.ts';

/** Query words beyond this are ignored: a pasted paragraph must not stall the panel. */
const MAX_QUERY_WORDS = 8;
/** The list shows this many at most; the count says how many matched in all. */
export const DEFAULT_VIEW_LIMIT = 200;
/** Items indexed between two clock checks while building in slices. */
const INDEX_SLICE = 500;

export const OVERVIEW_FIELD_WEIGHTS = { title: 3, tags: 2, body: 1 } as const;

export interface OverviewQuery {
  tab: OverviewTab;
  /** Search text as typed; blank lists the tab. */
  text?: string;
  /** Only chats carrying this label. */
  labelId?: string | null;
  limit?: number;
}

export interface OverviewView {
  items: OverviewItem[];
  /** How many items match (before the limit) in the asked tab. */
  total: number;
  /** Matches per tab for the same text and label, so the tabs can show where the hits are. */
  counts: Record<OverviewTab, number>;
}

export interface OverviewSearch {
  view(query: OverviewQuery): OverviewView;
  /** Builds the word index now (the benchmark times it; otherwise the first search does). */
  prepare(): void;
  /** Builds part of the index within about `budgetMs` (idle time); true once complete. */
  prepareSome(budgetMs: number): boolean;
  readonly data: OverviewData;
}

function weightOf(fields: number): number {
  if (fields & FIELD.title) return OVERVIEW_FIELD_WEIGHTS.title;
  if (fields & FIELD.tags) return OVERVIEW_FIELD_WEIGHTS.tags;
  return OVERVIEW_FIELD_WEIGHTS.body;
}

function wordFieldsOf(item: OverviewItem): Map<string, number> {
  const fields = new Map<string, number>();
  const add = (text: string, field: number) => {
    if (!text) return;
    for (const word of searchWords(foldForSearch(text))) fields.set(word, (fields.get(word) ?? 0) | field);
  };
  add(item.text, FIELD.body);
  add(item.detail, FIELD.tags);
  add(item.chatTitle, FIELD.title);
  return fields;
}

function emptyCounts(): Record<OverviewTab, number> {
  return { open: 0, markers: 0, notes: 0, pinned: 0 };
}

export function createOverviewSearch(data: OverviewData): OverviewSearch {
  const { items, byTab } = data;
  let index: WordIndex | null = null;
  /** rank[tab][slot]: the item's place in the tab's own order (tie-break of equal scores). */
  const rank = {} as Record<OverviewTab, Int32Array>;
  for (const tab of OVERVIEW_TABS) {
    const places = new Int32Array(items.length);
    byTab[tab].forEach((slot, place) => {
      places[slot] = place;
    });
    rank[tab] = places;
  }
  const scorer = new WordScorer(weightOf);
  scorer.ensureCapacity(items.length);

  /** Built in slices (prepareSome) while the user reads the lists; search completes what is left. */
  const building = new WordIndex();
  let indexedUpTo = 0;
  const indexUntil = (end: number) => {
    const from = indexedUpTo;
    building.addDocuments(
      (function* documents(): Generator<[number, Map<string, number>]> {
        for (let slot = from; slot < end; slot += 1) yield [slot, wordFieldsOf(items[slot] as OverviewItem)];
      })(),
    );
    indexedUpTo = end;
  };
  const prepare = (): WordIndex => {
    if (index) return index;
    indexUntil(items.length);
    index = building;
    return building;
  };
  /** Indexes items for about `budgetMs`; true when the index is complete. */
  const prepareSome = (budgetMs: number): boolean => {
    if (index) return true;
    const deadline = performance.now() + budgetMs;
    // At least one slice per call, so every call makes progress.
    do indexUntil(Math.min(items.length, indexedUpTo + INDEX_SLICE));
    while (indexedUpTo < items.length && performance.now() < deadline);
    if (indexedUpTo >= items.length) index = building;
    return index !== null;
  };

  /** Items matching every query word, with their scores in the scorer (each must be taken). */
  const matching = (queryWords: string[]): number[] => {
    const words = prepare();
    const planned = scorer.plan(words, queryWords);
    const headOnly = queryWords.length === 1 && (queryWords[0] as string).length === 1;
    let candidates = scorer.scorePostings(words, planned[0]?.matches ?? [], null, headOnly);
    for (const word of planned.slice(1)) {
      if (candidates.length === 0) break;
      candidates = scorer.scorePostings(words, word.matches, candidates);
    }
    return candidates;
  };

  const view = (query: OverviewQuery): OverviewView => {
    const limit = query.limit ?? DEFAULT_VIEW_LIMIT;
    const labelId = query.labelId ?? null;
    const hasLabel = (item: OverviewItem) => labelId === null || item.labelIds.includes(labelId);
    const counts = emptyCounts();
    const queryWords = searchWords(foldForSearch(query.text ?? '')).slice(0, MAX_QUERY_WORDS);

    if (queryWords.length === 0) {
      const list: OverviewItem[] = [];
      let total = 0;
      for (const tab of OVERVIEW_TABS) {
        for (const slot of byTab[tab]) {
          const item = items[slot] as OverviewItem;
          if (!hasLabel(item)) continue;
          counts[tab] += 1;
          if (tab !== query.tab) continue;
          total += 1;
          if (list.length < limit) list.push(item);
        }
      }
      return { items: list, total, counts };
    }

    const bit = TAB_BIT[query.tab];
    const places = rank[query.tab];
    const top = new TopK(Math.max(1, limit), (a, aScore, b, bScore) => (aScore !== bScore ? aScore > bScore : (places[a] as number) < (places[b] as number)));
    let total = 0;
    for (const slot of matching(queryWords)) {
      const score = scorer.take(slot);
      const item = items[slot] as OverviewItem;
      if (!hasLabel(item)) continue;
      for (const tab of OVERVIEW_TABS) if (item.tabs & TAB_BIT[tab]) counts[tab] += 1;
      if (!(item.tabs & bit)) continue;
      total += 1;
      top.offer(slot, score);
    }
    const list = limit <= 0 ? [] : top.sorted().map(({ slot }) => items[slot] as OverviewItem);
    return { items: list, total, counts };
  };

  return {
    view,
    prepare: () => void prepare(),
    prepareSome,
    data,
  };
}
