/**
 * Saves a note as the user types: a short pause after the last keystroke writes it, and `flush`
 * writes at once — on chat switch, when the field loses focus, when the panel closes, and on
 * `pagehide` (a reload or closed tab must not lose the last words). Each draft carries its own chat
 * key, so a flush after a switch still writes to the chat it was typed for.
 *
 * Order (issue #19, point 3): every keystroke gets a sequence number, each chat has at most one write
 * in flight, and a write always sends the chat's newest draft. A draft is dropped only when a write of
 * that very draft succeeded, so a failed older write can neither be retried over a newer text nor
 * land after it. "saved" is reported only when the chat has no draft left and no write in flight.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';

export const SAVE_DELAY_MS = 400;
export const RETRY_MS = 3_000;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface NoteSaverOptions {
  client: DataClient;
  signal: AbortSignal;
  onState(state: SaveState, key: ChatKey): void;
  onSaved(key: ChatKey, text: string): void;
  onError(error: unknown): void;
}

interface Draft {
  text: string;
  seq: number;
}

export class NoteSaver {
  /** The newest text per chat that is not yet confirmed written. */
  private readonly drafts = new Map<ChatKey, Draft>();
  /** The one write per chat on its way (resolves once the chat's newest draft is written or failed). */
  private readonly writing = new Map<ChatKey, Promise<void>>();
  private seq = 0;
  private lastKey: ChatKey | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: NoteSaverOptions) {
    options.signal.addEventListener('abort', () => void this.flush(), { once: true });
  }

  /** The text not yet written for this chat (shown when the user comes back before it is saved). */
  unsaved(key: ChatKey): string | undefined {
    return this.drafts.get(key)?.text;
  }

  change(key: ChatKey, text: string): void {
    const switched = this.lastKey !== undefined && this.lastKey !== key;
    this.lastKey = key;
    this.drafts.set(key, { text, seq: ++this.seq });
    if (switched) void this.flush(); // the other chat's draft goes now, this one after the pause
    this.options.onState('pending', key);
    this.schedule(SAVE_DELAY_MS);
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    return Promise.all([...this.drafts.keys()].map((key) => this.write(key))).then(() => undefined);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.options.signal.aborted) this.timer = setTimeout(() => void this.flush(), ms);
  }

  private write(key: ChatKey): Promise<void> {
    const running = this.writing.get(key);
    if (running) return running; // it sends the newest draft again when it is done
    const draft = this.drafts.get(key);
    if (!draft) return Promise.resolve();
    this.options.onState('saving', key);
    const done = this.options.client.request('saveNote', { chatKey: key, text: draft.text }).then(
      () => {
        if (this.drafts.get(key)?.seq === draft.seq) this.drafts.delete(key);
        this.options.onSaved(key, draft.text);
        return true;
      },
      (error: unknown) => {
        this.options.onState('failed', key);
        this.schedule(RETRY_MS);
        this.options.onError(error);
        return false;
      },
    );
    const chain = done.then((ok) => {
      this.writing.delete(key);
      if (!ok) return;
      // Newer text arrived while this one was on its way: write it now, in order.
      if (this.drafts.has(key)) return this.write(key);
      this.options.onState('saved', key);
    });
    this.writing.set(key, chain);
    return chain;
  }
}
