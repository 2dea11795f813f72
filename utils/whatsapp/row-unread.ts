/**
 * WhatsApp's unread count in a chat-list row (whatsapp-dom.md §2.1, A.2): a badge whose aria-label
 * reads "N unread message(s)" / "N ungelesene Nachricht(en)" (a renamed build: "N ungelesen"), with
 * the number as its text; older builds: `[data-testid="icon-unread-count"]`. A chat only "marked as
 * unread" shows a dot without a number: that reads as null, as does a row without a badge.
 */
const UNREAD_LABEL = /(\d+)\s*(?:unread|ungelesen|non lu|no leído|não lida|belum dibaca)/i;
const UNREAD_TESTID_SELECTOR = '[data-testid="icon-unread-count"]';

export function rowUnreadCount(item: Element): number | null {
  for (const element of item.querySelectorAll('[aria-label]')) {
    const match = UNREAD_LABEL.exec(element.getAttribute('aria-label') ?? '');
    // Zettel's own labels ("3 ungelesen" in a pin) are not WhatsApp's: checked only on a match,
    // as the walk up costs more than the regex on every labelled element of the row.
    if (match && !element.closest('[data-zettel]')) return Number(match[1]);
  }
  const badge = item.querySelector(UNREAD_TESTID_SELECTOR);
  const digits = badge ? /^\s*(\d{1,5})\s*$/.exec(badge.textContent ?? '') : null;
  return digits ? Number(digits[1]) : null;
}
