/**
 * Finds a chat's row for a reminder's notification click and opens it. The chat list is virtualized:
 * a chat far down has no row in the DOM, so the list is scrolled a screen at a time (from the top)
 * until the row appears — geometry only, no WhatsApp selector: the scroller is the chat list's nearest
 * scrollable ancestor.
 */
import { chatKeyFromTitle, type ChatKey } from '../../../../utils/chat-key.ts';
import type { RowInfo, WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { pressRow } from '../../../../utils/whatsapp/open-chat.ts';

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
