/**
 * WhatsApp's unread counts as the chat rows last showed them, by title key. The list is virtualized:
 * a pinned chat's row is often not rendered, so the bar shows what its row said when last seen, and
 * opening the chat (which clears WhatsApp's count) clears it here too. Counts change in place without
 * the row being re-reported (the adapter reports key/position changes), so the caller re-reads the
 * rendered rows now and then.
 */
import { chatKeyFromTitle, type ChatKey } from '../../../../utils/chat-key.ts';
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { rowUnreadCount } from '../../../../utils/whatsapp/row-unread.ts';

export class UnreadMemory {
  private readonly counts = new Map<ChatKey, number>();

  /**
   * Reads the badges of the rows `wanted` picks (the bar shows pinned chats only: reading every row's
   * badge on every scroll step was among Zettel's top costs); returns whether a remembered count changed.
   */
  update(rows: readonly RowInfo[], wanted: (row: RowInfo) => boolean): boolean {
    let changed = false;
    for (const row of rows) {
      if (!row.element.isConnected || !row.title.trim() || !wanted(row)) continue;
      const key = chatKeyFromTitle(row.title);
      const count = rowUnreadCount(row.element) ?? 0;
      if ((this.counts.get(key) ?? 0) !== count) {
        changed = true;
        if (count > 0) this.counts.set(key, count);
        else this.counts.delete(key);
      }
    }
    return changed;
  }

  /** The open chat's count is gone in WhatsApp. */
  clear(title: string): boolean {
    if (!title.trim()) return false;
    return this.counts.delete(chatKeyFromTitle(title));
  }

  get(title: string): number | null {
    if (!title.trim()) return null;
    return this.counts.get(chatKeyFromTitle(title)) ?? null;
  }
}
