/**
 * Finds a chat's row for a reminder's notification click and opens it. The chat list is virtualized:
 * a chat far down has no row in the DOM, so the list is scrolled a screen at a time (from the top)
 * until the row appears — geometry only, no WhatsApp selector: the scroller is the chat list's nearest
 * scrollable ancestor. `findAndOpenChat` (pins) tries WhatsApp's own search box first.
 */
import { chatKeyFromTitle, type ChatKey } from '../../../../utils/chat-key.ts';
import type { RowInfo, WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { pressRow } from '../../../../utils/whatsapp/open-chat.ts';
import { findChatSearchInput, setChatSearchText } from '../../../../utils/whatsapp/chat-search.ts';

const MAX_SCREENS = 800;

function scrollerOf(element: Element | null): HTMLElement | null {
  for (let node = element instanceof HTMLElement ? element : null; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function matcher(chatKey: ChatKey | null, title: string | null): (row: RowInfo) => boolean {
  const titleKey = title ? chatKeyFromTitle(title) : null;
  return (row) => row.key === chatKey || (titleKey !== null && chatKeyFromTitle(row.title) === titleKey);
}

/** Opens the chat; returns whether its row was found. */
export async function revealAndOpenChat(adapter: WhatsAppAdapter, chatKey: ChatKey | null, title: string | null, signal: AbortSignal): Promise<boolean> {
  const matches = matcher(chatKey, title);
  const open = (): boolean => {
    const row = adapter.rows().find(matches);
    if (!row) return false;
    if (!row.selected) pressRow(row.element);
    return true;
  };
  if (open()) return true;
  const scroller = scrollerOf(adapter.part('chat-list'));
  if (!scroller) return false;
  const start = scroller.scrollTop;
  scroller.scrollTop = 0;
  for (let screen = 0; screen < MAX_SCREENS && !signal.aborted; screen++) {
    await nextFrame();
    if (open()) return true;
    const before = scroller.scrollTop;
    scroller.scrollTop = before + Math.max(1, scroller.clientHeight - 80);
    if (scroller.scrollTop === before) break; // the end of the list
  }
  scroller.scrollTop = start; // not found (deleted or archived): leave the list as it was
  return false;
}

/** How long WhatsApp may take to show search results (it filters asynchronously, debounced). */
const SEARCH_WAIT_MS = 2_500;
/** How long the press may take to open the chat before the search box is put back. */
const OPEN_WAIT_MS = 1_500;

/** A frame, or 100 ms in a background tab where frames stop. `until` is for other features too. */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function until(condition: () => boolean, ms: number, signal: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!signal.aborted) {
    if (condition()) return true;
    if (Date.now() >= deadline) return false;
    await tick();
  }
  return false;
}

/**
 * Opens the chat the way a user would find it: its row when rendered; else through WhatsApp's own
 * search box (typing the chat's title, pressing the result, then putting back whatever the box held
 * before); else — no usable search box — by scrolling the list (revealAndOpenChat). Returns false when
 * the chat is not there (deleted): a search that ran and showed no such row is taken as the answer,
 * because scrolling 5,000 rows to confirm it would take many seconds.
 */
export async function findAndOpenChat(adapter: WhatsAppAdapter, chatKey: ChatKey | null, title: string | null, signal: AbortSignal): Promise<boolean> {
  const matches = matcher(chatKey, title);
  const findRow = (): RowInfo | undefined => adapter.rows().find(matches);
  const isOpen = (): boolean => {
    const chat = adapter.currentChat();
    return chat !== null && (chat.key === chatKey || (title !== null && chat.title.trim() !== '' && chatKeyFromTitle(chat.title) === chatKeyFromTitle(title)));
  };
  if (isOpen()) return true;
  const visible = findRow();
  if (visible) {
    if (!visible.selected) pressRow(visible.element);
    return true;
  }
  const input = title ? findChatSearchInput(adapter.part('chat-list')?.ownerDocument ?? document) : null;
  if (!input || !title) return revealAndOpenChat(adapter, chatKey, title, signal);
  const previous = input.value;
  if (!setChatSearchText(input, title)) return revealAndOpenChat(adapter, chatKey, title, signal);
  try {
    if (!(await until(() => findRow() !== undefined, SEARCH_WAIT_MS, signal))) return false;
    const row = findRow();
    if (!row) return false;
    if (!row.selected) pressRow(row.element);
    await until(isOpen, OPEN_WAIT_MS, signal);
    return true;
  } finally {
    // The search box is the user's: whatever it held before goes back (usually nothing).
    if (input.isConnected) setChatSearchText(input, previous);
  }
}
