/**
 * Saves a note as the user types: a short pause after the last keystroke writes it, and `flush`
 * writes at once — on chat switch, when the field loses focus, when the panel closes, and on
 * `pagehide` (a reload or closed tab must not lose the last words). Each pending text carries its own
 * chat key, so a flush after a switch still writes to the chat it was typed for.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';

export const SAVE_DELAY_MS = 400;
const RETRY_MS = 3_000;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface NoteSaverOptions {
  client: DataClient;
  signal: AbortSignal;
  onState(state: SaveState, key: ChatKey): void;
  onSaved(key: ChatKey, text: string): void;
  onError(error: unknown): void;
}

export class NoteSaver {
  private pending: { key: ChatKey; text: string } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = 0;

  constructor(private readonly options: NoteSaverOptions) {
    options.signal.addEventListener('abort', () => void this.flush(), { once: true });
  }

  /** The text not yet written for this chat (shown when the user comes back before it is saved). */
  unsaved(key: ChatKey): string | undefined {
    return this.pending?.key === key ? this.pending.text : undefined;
  }

  change(key: ChatKey, text: string): void {
    if (this.pending && this.pending.key !== key) void this.flush();
    this.pending = { key, text };
    this.options.onState('pending', key);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    const job = this.pending;
    if (!job) return Promise.resolve();
    this.pending = null;
    this.inFlight += 1;
    this.options.onState('saving', job.key);
    return this.options.client
      .request('saveNote', { chatKey: job.key, text: job.text })
      .then(
        () => {
          this.options.onSaved(job.key, job.text);
          if (this.inFlight === 1 && !this.pending) this.options.onState('saved', job.key);
        },
        (error: unknown) => {
          // Keep the text for the next attempt unless newer text replaced it.
          this.pending ??= job;
          this.options.onState('failed', job.key);
          clearTimeout(this.timer);
          if (!this.options.signal.aborted) this.timer = setTimeout(() => void this.flush(), RETRY_MS);
          this.options.onError(error);
        },
      )
      .finally(() => {
        this.inFlight -= 1;
      });
  }
}
