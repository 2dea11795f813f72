/**
 * Where features put their small marks into WhatsApp's own elements. The places are chosen so that
 * Zettel never covers WhatsApp's indicators: in a chat-list row the marks sit on the title line, right
 * after the title cell (the title shrinks with its ellipsis), while the unread badge, pin, mute and
 * WhatsApp's label chip stay in the status column of the second line. In the conversation header the
 * marks come last.
 */
import { firstMatch, ROW_TITLE_CHAIN } from './selectors.ts';

export interface DecorationPlace {
  parent: Element;
  /** Insert after this child of `parent`; null = append. */
  after: Element | null;
}

const TITLE_CELL_SELECTOR = '[data-testid="cell-frame-title"]';

/** The place for marks inside a row item, found from the row's title (its most stable hook). */
export function rowDecorationPlace(item: Element): DecorationPlace {
  const title = firstMatch(ROW_TITLE_CHAIN, item)?.element ?? null;
  if (!title) return { parent: item, after: null };
  // The cell that holds the title text: the testid cell when present, else the title span's parent.
  const cell = title.closest(TITLE_CELL_SELECTOR) ?? (title.parentElement && title.parentElement !== item ? title.parentElement : title);
  const line = cell.parentElement;
  if (!line || line === item || !item.contains(line)) return { parent: item, after: null };
  return { parent: line, after: cell };
}

/** Puts `mark` at the place if it is not there already (no mutation when nothing changes). */
export function placeDecoration(mark: Element, place: DecorationPlace): void {
  const wantedNext = place.after ? place.after.nextSibling : null;
  if (mark.parentElement === place.parent && (place.after ? mark.previousSibling === place.after : mark.nextSibling === null)) return;
  place.parent.insertBefore(mark, place.after ? wantedNext : null);
}
