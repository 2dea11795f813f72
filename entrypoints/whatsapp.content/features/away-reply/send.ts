/**
 * Sending the away reply as the user would: text into the compose box through the editor's own input
 * path, then the send button — and only counted as sent when the outgoing message appears in the chat.
 * Never sends over a draft the user is writing (it would go out with it).
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';

export type SendOutcome = 'sent' | 'draft' | 'no-composer' | 'not-inserted' | 'switched' | 'no-send-button' | 'not-seen';

const VERIFY_TIMEOUT_MS = 8000;

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Resolves true once an outgoing message with this text is at the end of the open chat. */
function outgoingAppears(adapter: WhatsAppAdapter, chatKey: ChatKey, text: string, signal: AbortSignal): Promise<boolean> {
  const wanted = normalize(text);
  return new Promise((resolve) => {
    const watch = new AbortController();
    const done = (value: boolean) => {
      watch.abort();
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => done(false), VERIFY_TIMEOUT_MS);
    signal.addEventListener('abort', () => done(false), { once: true, signal: watch.signal });
    adapter.onMessages((messages) => {
      if (adapter.currentChat()?.key !== chatKey) return;
      const last = messages.at(-1);
      if (last && last.direction === 'out' && normalize(last.text) === wanted) done(true);
    }, watch.signal);
  });
}

export async function sendInOpenChat(adapter: WhatsAppAdapter, chatKey: ChatKey, text: string, signal: AbortSignal): Promise<SendOutcome> {
  const draft = adapter.composer.readText();
  if (draft === null) return 'no-composer';
  if (draft.trim() !== '') return 'draft';
  const inserted = await adapter.composer.insertText(text);
  if (!inserted.ok) return 'not-inserted';
  if (signal.aborted || adapter.currentChat()?.key !== chatKey) return 'switched';
  const button = adapter.composer.sendButton();
  const pressable = (button?.closest('button') ?? button) as HTMLElement | null;
  if (!pressable) return 'no-send-button';
  const appeared = outgoingAppears(adapter, chatKey, text, signal);
  pressable.click();
  return (await appeared) ? 'sent' : 'not-seen';
}
