/**
 * Chat-list rows (whatsapp-dom.md §2, A.1-5). Rows are virtualized and RECYCLED: an element that showed
 * chat A shows chat B after a scroll, changed in place. So everything here reads the row's CURRENT
 * content; nothing about a chat is remembered on the element.
 */
import { firstMatch, ROW_ITEM_SELECTORS, ROW_SELECTED_SELECTOR, ROW_TITLE_CHAIN, ZETTEL_MARK_SELECTOR } from './selectors.ts';
import { cleanTitle } from './text.ts';

/** What a row shows right now. `element` is the positioned item (legacy: the listitem). */
export interface RowSnapshot {
  element: HTMLElement;
  title: string;
  /** translateY (or a matrix's ty) in px: the row's place in the list, independent of DOM order. */
  top: number;
  selected: boolean;
}

export interface RowScan {
  items: HTMLElement[];
  /** The selector that found the items (reported in health). */
  via: string;
}

/**
 * Finds the row items with the first selector that yields rows showing a title. `scope` is the chat list,
 * or a wider element when the list itself is not recognised; rows inside `exclude` (the conversation,
 * whose messages are rows too) never count.
 */
export function scanRows(scope: ParentNode, exclude: Element | null = null): RowScan | null {
  for (const selector of ROW_ITEM_SELECTORS) {
    let found = [...scope.querySelectorAll<HTMLElement>(selector)];
    if (exclude) found = found.filter((el) => !exclude.contains(el));
    if (found.length === 0) continue;
    const items = outermost(found);
    if (items.some((item) => rowTitle(item) !== '')) return { items, via: selector };
  }
  return null;
}

/** Drops matches nested in another match (legacy rows: a `row` inside a `listitem`). */
function outermost(elements: HTMLElement[]): HTMLElement[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
    return true;
  });
}

/** The row item that contains `node`, using the selector that currently finds rows. */
export function rowItemOf(node: Node, list: Element, itemSelector: string): HTMLElement | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || !list.contains(el)) return null;
  let item = el.closest<HTMLElement>(itemSelector);
  // Legacy nesting: the match may be the inner row; the positioned item is an outer match.
  for (let outer = item?.parentElement?.closest<HTMLElement>(itemSelector); outer && list.contains(outer); outer = outer.parentElement?.closest<HTMLElement>(itemSelector)) {
    item = outer;
  }
  return item && list.contains(item) && item !== list ? item : null;
}

export function rowTitle(item: Element): string {
  const match = firstMatch(ROW_TITLE_CHAIN, item);
  if (!match) return '';
  return cleanTitle(match.element.getAttribute('title') || match.element.textContent);
}

const TRANSLATE_Y = /translateY\(\s*(-?[\d.]+)px\s*\)|translate(?:3d)?\(\s*[-\d.]+px\s*,\s*(-?[\d.]+)px/;
/** `matrix(a, b, c, d, tx, ty)` and `matrix3d(… 16 values)`: ty is the 6th resp. 14th value (issue 19 point 8). */
const MATRIX = /matrix(3d)?\(([^)]*)\)/;

function matrixY(transform: string): number | null {
  const match = MATRIX.exec(transform);
  if (!match) return null;
  const values = (match[2] ?? '').split(',').map((value) => Number(value.trim()));
  const y = match[1] ? values[13] : values[5];
  return y !== undefined && Number.isFinite(y) ? y : null;
}

/** The row's vertical place from its inline transform (or `top`), as the virtual list positions it. */
export function rowTop(item: HTMLElement): number {
  const transform = item.style.transform;
  const match = transform ? TRANSLATE_Y.exec(transform) : null;
  if (match) return Number(match[1] ?? match[2]);
  const fromMatrix = transform ? matrixY(transform) : null;
  if (fromMatrix !== null) return fromMatrix;
  const top = Number.parseFloat(item.style.top);
  return Number.isFinite(top) ? top : item.offsetTop;
}

export function readRow(item: HTMLElement): RowSnapshot {
  return {
    element: item,
    title: rowTitle(item),
    top: rowTop(item),
    selected: item.matches(ROW_SELECTED_SELECTOR) || item.querySelector(ROW_SELECTED_SELECTOR) !== null,
  };
}

/**
 * Everything a row shows besides its title (preview, time, badges), without Zettel's own marks: a row
 * whose title changes while this stays the same, at the same place, is the same chat renamed.
 */
export function rowRestText(item: HTMLElement): string {
  const title = firstMatch(ROW_TITLE_CHAIN, item)?.element ?? null;
  const parts: string[] = [];
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || (title && title.contains(parent)) || parent.closest(ZETTEL_MARK_SELECTOR)) continue;
    parts.push(node.nodeValue ?? '');
  }
  return parts.join('\u0000');
}
