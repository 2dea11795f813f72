/**
 * Sending the away reply as the user would: text into the compose box through the editor's own input
 * path, then the send button — and only counted as sent when the outgoing message appears in the chat,
 * or (when the user opens another chat before it could be seen) when the compose box emptied through
 * the send. Never sends over a draft the user is writing (it would go out with it).
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import type { MessageSnapshot } from '../../../../utils/whatsapp/messages.ts';

/**
 * 'sent': seen in the chat. 'sent-left-chat': the compose box emptied after the send, then the user
 * opened another chat before the message showed (counted and logged as sent: the text went out).
 */
export type SendOutcome = 'sent' | 'sent-left-chat' | 'draft' | 'no-composer' | 'not-inserted' | 'switched' | 'no-send-button' | 'not-seen';

export interface SendResult {
  outcome: SendOutcome;
  /** When not seen: what the chat showed last (for the warning and the test bridge). */
  detail?: string;
}

const VERIFY_TIMEOUT_MS = 8000;

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

type Verification = { seen: 'seen' | 'left' | 'not-seen'; detail: string };

function describe(open: ChatKey | undefined, chatKey: ChatKey, messages: readonly MessageSnapshot[] | null): string {
  if (!messages) return 'no message batch';
  const last = messages.at(-1);
  return `chat ${open === chatKey ? 'same' : String(open)}, ${messages.length} messages, last ${last ? `${last.direction} ${last.virtualized ? 'virtualized ' : ''}"${last.text.slice(0, 40)}"` : 'none'}`;
}

/** Watches the open chat for an outgoing message with this text at its end. */
function outgoingAppears(adapter: WhatsAppAdapter, chatKey: ChatKey, text: string, signal: AbortSignal, composeEmptied: () => boolean): Promise<Verification> {
  const wanted = normalize(text);
  return new Promise((resolve) => {
    const watch = new AbortController();
    // The last batch seen, described only when the answer is not "seen".
    let lastBatch: readonly MessageSnapshot[] | null = null;
    let lastOpen: ChatKey | undefined;
    const done = (seen: Verification['seen']) => {
      watch.abort();
      clearTimeout(timer);
      resolve({ seen, detail: seen === 'seen' ? '' : describe(lastOpen, chatKey, lastBatch) });
    };
    const timer = setTimeout(() => done('not-seen'), VERIFY_TIMEOUT_MS);
    signal.addEventListener('abort', () => done('not-seen'), { once: true, signal: watch.signal });
    adapter.onMessages((messages) => {
      lastOpen = adapter.currentChat()?.key;
      lastBatch = messages;
      if (lastOpen !== chatKey) {
        // Another chat is on screen now: ours can no longer be watched.
        done(composeEmptied() ? 'left' : 'not-seen');
        return;
      }
      const last = messages.at(-1);
      if (last && last.direction === 'out' && normalize(last.text) === wanted) done('seen');
    }, watch.signal);
  });
}

export async function sendInOpenChat(adapter: WhatsAppAdapter, chatKey: ChatKey, text: string, signal: AbortSignal): Promise<SendResult> {
  if (signal.aborted || adapter.currentChat()?.key !== chatKey) return { outcome: 'switched' };
  const draft = adapter.composer.readText();
  if (draft === null) return { outcome: 'no-composer' };
  if (draft.trim() !== '') return { outcome: 'draft' };
  const inserted = await adapter.composer.insertText(text);
  if (!inserted.ok) return { outcome: 'not-inserted' };
  if (signal.aborted || adapter.currentChat()?.key !== chatKey) return { outcome: 'switched' };
  const button = adapter.composer.sendButton();
  const pressable = (button?.closest('button') ?? button) as HTMLElement | null;
  if (!pressable) return { outcome: 'no-send-button' };
  // Whether the send emptied this chat's compose box: the editor clears it within a task of the click.
  let emptied = false;
  const checkEmptied = () => {
    if (adapter.currentChat()?.key === chatKey && adapter.composer.readText()?.trim() === '') emptied = true;
  };
  const appeared = outgoingAppears(adapter, chatKey, text, signal, () => (checkEmptied(), emptied));
  pressable.click();
  checkEmptied();
  if (!emptied) setTimeout(checkEmptied, 0);
  const { seen, detail } = await appeared;
  if (seen === 'seen') return { outcome: 'sent' };
  return { outcome: seen === 'left' ? 'sent-left-chat' : 'not-seen', detail };
}
