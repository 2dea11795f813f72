/**
 * The page's copy of all notes (chat key → text), kept live by the `listNotes` subscription, so the
 * header indicator and the panel show a chat's note at once. Notes are few and short next to markers.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';

export class NotesStore {
  private notes = new Map<ChatKey, string>();
  private readonly listeners = new Set<() => void>();
  ready = false;

  constructor(client: DataClient, signal: AbortSignal, onError: (error: Error) => void) {
    const stop = client.subscribe(
      'listNotes',
      undefined,
      (notes) => {
        this.notes = new Map(notes.map((note) => [note.chatKey, note.text]));
        this.ready = true;
        for (const listener of this.listeners) listener();
      },
      onError,
    );
    signal.addEventListener('abort', stop, { once: true });
  }

  text(key: ChatKey): string | undefined {
    return this.notes.get(key);
  }

  /** The first of the chat's candidate keys that holds a note. */
  keyWithNote(keys: readonly ChatKey[]): ChatKey | undefined {
    return keys.find((key) => this.notes.has(key));
  }

  /** What a save just committed, before the subscription's push arrives. */
  remember(key: ChatKey, text: string): void {
    if (text.trim() === '') this.notes.delete(key);
    else this.notes.set(key, text);
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }
}
