/** The open conversation pane (#main) and its header title (whatsapp-dom.md §3, §6). */
import {
  CONVERSATION_CHAIN,
  HEADER_CHAIN,
  HEADER_TITLE_CHAIN,
  MESSAGES_REGION_CHAIN,
  firstMatch,
  type Match,
} from './selectors.ts';
import { cleanTitle } from './text.ts';

export function findConversation(doc: ParentNode): Match | null {
  return firstMatch(CONVERSATION_CHAIN, doc);
}

export function findHeader(pane: Element | null): Match | null {
  return firstMatch(HEADER_CHAIN, pane);
}

export function headerTitleElement(header: Element | null): Element | null {
  return firstMatch(HEADER_TITLE_CHAIN, header)?.element ?? null;
}

/** The chat title in the header; '' when the header shows none (yet). */
export function headerTitle(header: Element | null): string {
  const match = firstMatch(HEADER_TITLE_CHAIN, header);
  if (!match) return '';
  return cleanTitle(match.element.getAttribute('title') || match.element.textContent);
}

export function findMessagesRegion(pane: Element | null): Match | null {
  return firstMatch(MESSAGES_REGION_CHAIN, pane);
}
