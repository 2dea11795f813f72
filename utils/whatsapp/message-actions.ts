/**
 * Where Zettel puts its per-message controls and marks, and how it finds one message again
 * (whatsapp-dom.md §3, A.2). A message is a top-level `data-id` wrapper; its content below the
 * virtualization node is unmounted when far away and re-created as new nodes when it comes back, so
 * marks placed in the content must be placed again then (the wrapper itself stays).
 */
import { normaliseMessageId, rawMessageIdOf } from './message-id.ts';
import { messageWrappers } from './messages.ts';
import { MESSAGE_TEXT_BLOCK_SELECTOR, MESSAGE_WRAPPER_SELECTORS, QUOTED_SELECTOR, VIRTUALIZED_SELECTOR } from './selectors.ts';

const MESSAGE_META_SELECTOR = '[data-testid="msg-meta"], [data-testid="message-meta"]';
const MESSAGE_CONTAINER_SELECTOR = '[data-testid="msg-container"], [data-testid="message-container"]';
/** System rows ("messages are end-to-end encrypted", "… created the group"). */
const SYSTEM_NOTICE_SELECTOR = '[data-testid="msg-notification-container"], [data-testid="message-notification"]';
const WRAPPER_SELECTOR = MESSAGE_WRAPPER_SELECTORS.join(', ');

/** The top-level message wrapper around `node` (a quoted preview's nested wrapper is skipped). */
export function messageWrapperOf(node: Node | null): HTMLElement | null {
  let element: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  let found: HTMLElement | null = null;
  while (element) {
    const wrapper: HTMLElement | null = element.closest<HTMLElement>(WRAPPER_SELECTOR);
    if (!wrapper) break;
    if (rawMessageIdOf(wrapper) !== null) found = wrapper;
    element = wrapper.parentElement;
  }
  return found;
}

/** The normalised (bare) id of a wrapper. */
export function messageIdOf(wrapper: Element): string | null {
  const raw = rawMessageIdOf(wrapper);
  return raw ? normaliseMessageId(raw) : null;
}

/** The rendered wrapper of the message with this normalised id (virtualized or not), if loaded. */
export function findMessageWrapper(scope: ParentNode, id: string): HTMLElement | null {
  for (const wrapper of messageWrappers(scope)) if (messageIdOf(wrapper) === id) return wrapper;
  return null;
}

/** How many messages are loaded (rendered wrappers, virtualized ones included). */
export function loadedMessageCount(scope: ParentNode): number {
  return messageWrappers(scope).length;
}

/** False while WhatsApp has unmounted the message's content (it is far from the viewport). */
export function isMessageMounted(wrapper: Element): boolean {
  const node = wrapper.matches(VIRTUALIZED_SELECTOR) ? wrapper : wrapper.querySelector(VIRTUALIZED_SELECTOR);
  if (node?.getAttribute('data-virtualized') === 'true') return false;
  return (node ?? wrapper).firstElementChild !== null;
}

function ownElement(wrapper: Element, selector: string): Element | null {
  for (const el of wrapper.querySelectorAll(selector)) {
    if (el.closest(QUOTED_SELECTOR)) continue;
    if (messageWrapperOf(el) === wrapper) return el;
  }
  return null;
}

export interface MessagePlace {
  parent: Element;
  /** Insert before this child of `parent`; null = append. */
  before: Element | null;
}

/**
 * The place for marks inside a mounted message: in the bubble, just before its time/ticks line (so the
 * text stays first and WhatsApp's own meta stays last); null while the message is unmounted.
 */
export function messageMarkPlace(wrapper: Element): MessagePlace | null {
  if (!isMessageMounted(wrapper)) return null;
  const meta = ownElement(wrapper, MESSAGE_META_SELECTOR);
  if (meta?.parentElement) return { parent: meta.parentElement, before: meta };
  const text = ownElement(wrapper, MESSAGE_TEXT_BLOCK_SELECTOR);
  if (text?.parentElement) return { parent: text.parentElement, before: text.nextElementSibling };
  const container = ownElement(wrapper, MESSAGE_CONTAINER_SELECTOR);
  const bubble = container?.lastElementChild ?? null;
  if (bubble) return { parent: bubble, before: null };
  const content = (wrapper.querySelector(VIRTUALIZED_SELECTOR) ?? wrapper).firstElementChild;
  return content ? { parent: content, before: null } : { parent: wrapper, before: null };
}

/**
 * The place for the hover/focus action: the first thing in the bubble (a zero-height holder lets it
 * float beside the bubble without changing the message's height); null while unmounted.
 */
export function messageActionPlace(wrapper: Element): MessagePlace | null {
  const place = messageMarkPlace(wrapper);
  if (!place) return null;
  return { parent: place.parent, before: place.parent.firstElementChild };
}

/** Puts `mark` at the place unless it is there already (no mutation when nothing changes). */
export function placeInMessage(mark: Element, place: MessagePlace): void {
  if (mark.parentElement === place.parent && (mark === place.before || mark.nextElementSibling === place.before)) return;
  place.parent.insertBefore(mark, place.before);
}

/** The scrollable element of the messages region (the region itself on both known builds). */
export function messageScroller(region: Element | null): HTMLElement | null {
  if (!(region instanceof HTMLElement)) return null;
  const scrollable = (el: HTMLElement) => /(auto|scroll)/.test(getComputedStyle(el).overflowY);
  for (let node: HTMLElement | null = region; node; node = node.parentElement) if (scrollable(node)) return node;
  for (const child of region.querySelectorAll<HTMLElement>('div')) {
    if (scrollable(child)) return child;
    if (child.matches(WRAPPER_SELECTOR)) break; // below the first message nothing scrolls the list
  }
  return null;
}

/**
 * True when the first loaded row is a system notice (the encryption notice opens every chat's full
 * history). A hint only: a system row can also sit inside the history, so callers still wait a while.
 */
export function historyStartShown(scope: ParentNode): boolean {
  const notice = scope.querySelector(SYSTEM_NOTICE_SELECTOR);
  if (!notice) return false;
  const first = scope.querySelector(WRAPPER_SELECTOR);
  return !first || (notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
