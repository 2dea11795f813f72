/**
 * WhatsApp's unread count in a chat-list row (whatsapp-dom.md §2.1, A.2): a badge whose aria-label
 * reads "N unread message(s)" / "N ungelesene Nachricht(en)" (a renamed build: "N ungelesen"), with
 * the number as its text; older builds: `[data-testid="icon-unread-count"]`. A chat only "marked as
 * unread" shows a dot without a number: that reads as null, as does a row without a badge.
 */
const UNREAD_LABEL = /(\d+)\s*(?:unread|ungelesen|non lu|no leído|não lida|belum dibaca)/i;
const UNREAD_TESTID_SELECTOR = '[data-testid="icon-unread-count"]';
const COUNT = /^\s*(\d{1,4})\s*$/;

/**
 * Locale-free fallback (the German aria-label is unattested; issue 19 point 8): a leaf span whose whole
 * text is a number, outside the title, outside text WhatsApp marks with `dir` (title, preview) and
 * outside Zettel's own marks. The last one wins: the badge sits at the row's end.
 */
const MARKED_TEXT = '[dir], [title], [data-zettel], [data-zettel-action]';

/** Inside the row (not above it: the page may set `dir` on an outer element), text marked as title or preview, or Zettel's. */
function isMarkedText(span: Element, item: Element): boolean {
  for (let el: Element | null = span; el && el !== item; el = el.parentElement) if (el.matches(MARKED_TEXT)) return true;
  return false;
}

function numericLeaf(item: Element): number | null {
  let found: number | null = null;
  for (const span of item.querySelectorAll('span')) {
    if (span.firstElementChild || isMarkedText(span, item)) continue;
    const digits = COUNT.exec(span.textContent ?? '');
    if (digits) found = Number(digits[1]);
  }
  return found;
}

export function rowUnreadCount(item: Element): number | null {
  for (const element of item.querySelectorAll('[aria-label]')) {
    const match = UNREAD_LABEL.exec(element.getAttribute('aria-label') ?? '');
    // Zettel's own labels ("3 ungelesen" in a pin) are not WhatsApp's: checked only on a match,
    // as the walk up costs more than the regex on every labelled element of the row.
    if (match && !element.closest('[data-zettel]')) return Number(match[1]);
  }
  const badge = item.querySelector(UNREAD_TESTID_SELECTOR);
  const digits = badge ? /^\s*(\d{1,5})\s*$/.exec(badge.textContent ?? '') : null;
  return digits ? Number(digits[1]) : numericLeaf(item);
}
