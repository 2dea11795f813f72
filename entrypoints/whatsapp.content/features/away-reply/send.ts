/**
 * Sending the away reply as the user would: text into the compose box through the editor's own input
 * path, then the send button — and only counted as sent when a new outgoing message appears in the
 * chat, or (when the user opens another chat before it could be seen) when the compose box emptied
 * through the send. Never sends over a draft the user is writing (it would go out with it).
 *
 * Order, so that nothing can go to the wrong chat or twice:
 * 1. judge: the chat is the open one, its compose box is found and empty — the compose target (pane,
 *    box, footer, title) is pinned now;
 * 2. claim: the caller commits the pending log entry; nothing is typed before it is stored;
 * 3. insert into that box only; a chat switch between two lines stops the insertion;
 * 4. the send button must be in that same, still-connected footer of that pane with that title;
 * 5. announce the send (../../zettel-sends.ts, so "I answered" skips it), press, and match the first new
 *    outgoing message — not its text: WhatsApp renders `*bold*` and links differently from what was typed.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import type { ComposeTarget } from '../../../../utils/whatsapp/compose-target.ts';
import type { MessageSnapshot } from '../../../../utils/whatsapp/messages.ts';
import { announceZettelSend, type ZettelSend } from '../../zettel-sends.ts';

/**
 * 'sent': seen in the chat. 'sent-left-chat': the compose box emptied after the send, then the user
 * opened another chat before the message showed (counted and logged as sent: the text went out).
 * 'target-changed': the compose box or send button was no longer the judged chat's (never pressed).
 */
export type SendOutcome =
  | 'sent'
  | 'sent-left-chat'
  | 'draft'
  | 'no-composer'
  | 'not-claimed'
  | 'not-inserted'
  | 'switched'
  | 'target-changed'
  | 'no-send-button'
  | 'not-seen';

export interface SendResult {
  outcome: SendOutcome;
  /** When not sent: what the page showed last (for the warning and the test bridge). */
  detail?: string;
  /**
   * Whether the text reached the compose box (or beyond). Until then nothing can have gone out and the
   * claim may be withdrawn; from then on an unconfirmed reply stays counted.
   */
  touched: boolean;
}

const VERIFY_TIMEOUT_MS = 8000;

type Verification = { seen: 'seen' | 'left' | 'not-seen'; detail: string };

function describe(open: ChatKey | undefined, chatKey: ChatKey, messages: readonly MessageSnapshot[] | null): string {
  if (!messages) return 'no message batch';
  const last = messages.at(-1);
  return `chat ${open === chatKey ? 'same' : String(open)}, ${messages.length} messages, last ${last ? `${last.direction} ${last.virtualized ? 'virtualized ' : ''}"${last.text.slice(0, 40)}"` : 'none'}`;
}

/**
 * Watches the open chat for the announced send's outgoing message. Answers after at most the timeout;
 * an unanswered announcement keeps being matched until the chat on screen changes, so a reply that shows
 * late is still known as Zettel's.
 */
function outgoingAppears(adapter: WhatsAppAdapter, chatKey: ChatKey, send: ZettelSend, signal: AbortSignal, composeEmptied: () => boolean): Promise<Verification> {
  return new Promise((resolve) => {
    const watch = new AbortController();
    let answered = false;
    // The last batch seen, described only when the answer is not "seen".
    let lastBatch: readonly MessageSnapshot[] | null = null;
    let lastOpen: ChatKey | undefined;
    const answer = (seen: Verification['seen']) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      resolve({ seen, detail: seen === 'seen' ? '' : describe(lastOpen, chatKey, lastBatch) });
    };
    const stop = () => {
      send.end();
      watch.abort();
    };
    const timer = setTimeout(() => answer('not-seen'), VERIFY_TIMEOUT_MS);
    signal.addEventListener(
      'abort',
      () => {
        answer('not-seen');
        stop();
      },
      { once: true, signal: watch.signal },
    );
    adapter.onMessages((messages) => {
      lastOpen = adapter.currentChat()?.key;
      lastBatch = messages;
      if (lastOpen !== chatKey) {
        // Another chat is on screen now: ours can no longer be watched.
        answer(composeEmptied() ? 'left' : 'not-seen');
        stop();
        return;
      }
      if (send.match(messages)) {
        answer('seen');
        stop();
      }
    }, watch.signal);
  });
}

export async function sendInOpenChat(adapter: WhatsAppAdapter, chatKey: ChatKey, text: string, signal: AbortSignal, claim: () => Promise<void>): Promise<SendResult> {
  const untouched = (outcome: SendOutcome, detail?: string): SendResult => ({ outcome, touched: false, ...(detail ? { detail } : {}) });
  const touched = (outcome: SendOutcome, detail?: string): SendResult => ({ outcome, touched: true, ...(detail ? { detail } : {}) });
  const switched = () => signal.aborted || adapter.currentChat()?.key !== chatKey;

  // 1. Judge and pin the target.
  if (switched()) return untouched('switched');
  const target: ComposeTarget | null = adapter.composer.target();
  const draft = adapter.composer.readText();
  if (!target || draft === null) return untouched('no-composer');
  if (draft.trim() !== '') return untouched('draft');

  // 2. Claim (committed) before anything is typed.
  try {
    await claim();
  } catch (error) {
    return untouched('not-claimed', String(error));
  }
  if (switched()) return untouched('switched');

  // 3. Insert into the pinned box only.
  const inserted = await adapter.composer.insertInto(target, text);
  if (!inserted.ok) {
    if (inserted.reason === 'target-changed') return touched('target-changed', 'during the insert');
    // A failed insertion into an empty draft is cleared again (composer.ts): nothing left to send.
    return inserted.text.trim() === '' ? untouched('not-inserted') : touched('not-inserted', inserted.reason);
  }
  if (switched()) return touched('switched');

  // 4. The send button of the same, still-current footer.
  const check = adapter.composer.sendButtonOf(target);
  if (!check.ok) return touched(check.reason === 'no-send-button' ? 'no-send-button' : 'target-changed', check.reason);

  // 5. Announce, press, verify.
  const send = announceZettelSend(chatKey, adapter.messages());
  // Whether the send emptied this chat's compose box: the editor clears it within a task of the click.
  let emptied = false;
  const checkEmptied = () => {
    if (adapter.currentChat()?.key === chatKey && adapter.composer.readText()?.trim() === '') emptied = true;
  };
  const appeared = outgoingAppears(adapter, chatKey, send, signal, () => (checkEmptied(), emptied));
  check.button.click();
  checkEmptied();
  if (!emptied) setTimeout(checkEmptied, 0);
  const { seen, detail } = await appeared;
  if (seen === 'seen') return touched('sent');
  return touched(seen === 'left' ? 'sent-left-chat' : 'not-seen', detail);
}
