/**
 * WhatsApp's own chat search box, used the way a user would to bring a chat's row into the
 * virtualized list (whatsapp-dom.md §1, A.1-7). The box is a React-controlled
 * `<input type="text" data-tab="3">` (older builds: a contenteditable, which is not driven here):
 * React only notices a value written through the input's NATIVE value setter followed by an
 * `input` event. Its label changes with the mode (Meta AI, filters), so it is never found by label
 * alone; the label is only the last fallback.
 */
import { css, firstMatch, labelled, type Candidate } from './selectors.ts';

const SEARCH_LABELS = ['Suchen oder neuen Chat starten', 'Search or start a new chat', 'Ask Meta AI or Search', 'Meta AI fragen oder suchen'] as const;

const isTextInput = (el: HTMLInputElement) => el.tagName === 'INPUT' && (el.type === 'text' || el.type === 'search');

export const CHAT_SEARCH_CHAIN: readonly Candidate<HTMLInputElement>[] = [
  css<HTMLInputElement>('[data-testid="chat-list-search-container"] input', isTextInput),
  css<HTMLInputElement>('#side input[type="text"][data-tab="3"]'),
  css<HTMLInputElement>('input[type="text"][role="textbox"][data-tab="3"]'),
  css<HTMLInputElement>('#side input[type="text"]'),
  labelled('input', 'aria-label', SEARCH_LABELS) as Candidate<HTMLInputElement>,
];

/** The search input, or null (none, or an old contenteditable search that is not driven). */
export function findChatSearchInput(doc: Document = document): HTMLInputElement | null {
  const match = firstMatch(CHAT_SEARCH_CHAIN, doc);
  const element = match?.element;
  return element && element.tagName === 'INPUT' ? element : null;
}

/**
 * Writes `text` into the search box as React expects (native setter + bubbling `input` event).
 * Returns whether the box holds the text afterwards.
 */
export function setChatSearchText(input: HTMLInputElement, text: string): boolean {
  const view = input.ownerDocument.defaultView ?? window;
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, text);
  else input.value = text;
  input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
  return input.value === text;
}
