/**
 * Keeps stored chat keys in step with what the adapter learns (docs/adapter.md "Chat identity"):
 * - the open chat shows its JID next to its title → records kept under the title move to the JID
 *   (`linkChatTitleToJid`, which also remembers the title, so rows find the JID after a reload);
 * - the open chat was renamed → records follow the new name (`followChatRename`), or, when the chat is
 *   known by JID, the old title's records join the JID and the new title is remembered.
 */
import { jidOf } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';

let running: { controller: AbortController; users: number } | null = null;

/**
 * Starts the sync for a feature; flags and labels both need it, and it runs once while either runs
 * (the first user's adapter serves; it is the same adapter).
 */
export function syncChatIdentity(adapter: WhatsAppAdapter, client: DataClient, signal: AbortSignal, onError: (error: unknown) => void): void {
  if (signal.aborted) return;
  if (!running) {
    running = { controller: new AbortController(), users: 0 };
    startSync(adapter, client, running.controller.signal, onError);
  }
  const entry = running;
  entry.users += 1;
  signal.addEventListener(
    'abort',
    () => {
      entry.users -= 1;
      if (entry.users > 0) return;
      entry.controller.abort();
      if (running === entry) running = null;
    },
    { once: true },
  );
}

function startSync(adapter: WhatsAppAdapter, client: DataClient, signal: AbortSignal, onError: (error: unknown) => void): void {
  // Linking is idempotent but writes; once per title/JID pair and page is enough.
  const linked = new Set<string>();
  const link = (title: string, jid: string): Promise<unknown> => {
    const pair = `${title}\u0000${jid}`;
    if (linked.has(pair)) return Promise.resolve();
    linked.add(pair);
    return client.request('linkChatTitleToJid', { title, jid }).catch((error: unknown) => {
      linked.delete(pair);
      onError(error);
    });
  };

  adapter.onConversation(({ chat }) => {
    const jid = chat ? (chat.jid ?? jidOf(chat.key)) : null;
    if (chat && jid && chat.title.trim()) void link(chat.title, jid);
  }, signal);

  adapter.onAlias((alias) => {
    const jid = alias.jid ?? jidOf(alias.to);
    if (jid) {
      // A rename back to an earlier name must be written again: the store remembers the latest title.
      linked.delete(`${alias.fromTitle}\u0000${jid}`);
      linked.delete(`${alias.toTitle}\u0000${jid}`);
      // Old title's records join the JID first; then the JID is remembered under its new title.
      void link(alias.fromTitle, jid).then(() => link(alias.toTitle, jid));
    } else {
      client.request('followChatRename', { oldTitle: alias.fromTitle, newTitle: alias.toTitle }).catch(onError);
    }
  }, signal);
}
