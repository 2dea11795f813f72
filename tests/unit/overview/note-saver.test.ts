import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataClient } from '../../../utils/messaging/client.ts';
import { NoteSaver, RETRY_MS, SAVE_DELAY_MS, type SaveState } from '../../../entrypoints/whatsapp.content/features/notes/note-saver.ts';

/** A data client that records saveNote requests; `fail` makes the next ones fail. */
function fakeClient() {
  const saved: Array<{ chatKey: string; text: string }> = [];
  let failing = false;
  const client = {
    request: vi.fn(async (_op: string, input: { chatKey: string; text: string }) => {
      if (failing) throw new Error('unavailable');
      saved.push(input);
      return null;
    }),
  } as unknown as DataClient;
  return { client, saved, fail: (value: boolean) => (failing = value) };
}

describe('NoteSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (client: DataClient, controller = new AbortController()) => {
    const states: SaveState[] = [];
    const saver = new NoteSaver({ client, signal: controller.signal, onState: (state) => states.push(state), onSaved: () => {}, onError: () => {} });
    return { saver, states, controller };
  };

  it('writes once after the pause, the last text only', async () => {
    const { client, saved } = fakeClient();
    const { saver, states } = make(client);
    saver.change('title:A', 'Z');
    saver.change('title:A', 'Zu');
    saver.change('title:A', 'Zug');
    expect(saved).toEqual([]);
    expect(saver.unsaved('title:A')).toBe('Zug');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved).toEqual([{ chatKey: 'title:A', text: 'Zug' }]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.unsaved('title:A')).toBeUndefined();
  });

  it('typing for another chat first writes the pending text to its own chat', async () => {
    const { client, saved } = fakeClient();
    const { saver } = make(client);
    saver.change('title:A', 'für A');
    saver.change('title:B', 'für B');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved).toEqual([
      { chatKey: 'title:A', text: 'für A' },
      { chatKey: 'title:B', text: 'für B' },
    ]);
  });

  it('flush writes at once; stopping the feature flushes too', async () => {
    const { client, saved } = fakeClient();
    const { saver, controller } = make(client);
    saver.change('title:A', 'sofort');
    await saver.flush();
    expect(saved).toHaveLength(1);
    saver.change('title:A', 'beim Stoppen');
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.at(-1)).toEqual({ chatKey: 'title:A', text: 'beim Stoppen' });
  });

  it('a failed write keeps the text and tries again', async () => {
    const { client, saved, fail } = fakeClient();
    const { saver, states } = make(client);
    fail(true);
    saver.change('title:A', 'nicht verlieren');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(states).toContain('failed');
    expect(saver.unsaved('title:A')).toBe('nicht verlieren');
    fail(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saved).toEqual([{ chatKey: 'title:A', text: 'nicht verlieren' }]);
  });

  describe('two saves in flight (issue #19, point 3)', () => {
    /** A data client whose saveNote requests wait until the test settles them, oldest first. */
    function heldClient() {
      const stored = new Map<string, string>();
      const held: Array<{ input: { chatKey: string; text: string }; settle(ok: boolean): void }> = [];
      const client = {
        request: vi.fn(
          (_op: string, input: { chatKey: string; text: string }) =>
            new Promise<null>((resolve, reject) => {
              held.push({
                input,
                settle: (ok) => {
                  if (!ok) return reject(new Error('unavailable'));
                  stored.set(input.chatKey, input.text);
                  resolve(null);
                },
              });
            }),
        ),
      } as unknown as DataClient;
      /** Settles every held request in the order it was sent. */
      const settleAll = async (ok: boolean) => {
        while (held.length > 0) {
          held.shift()!.settle(ok);
          await vi.advanceTimersByTimeAsync(0);
        }
      };
      return { client, stored, held, settleAll };
    }

    /** Records states and checks, at every "saved", that the saver really holds nothing unsaved. */
    const watched = (client: DataClient) => {
      const states: SaveState[] = [];
      const lies: string[] = [];
      const saver: NoteSaver = new NoteSaver({
        client,
        signal: new AbortController().signal,
        onState: (state, key) => {
          states.push(state);
          if (state === 'saved' && saver.unsaved(key) !== undefined) lies.push(`saved while "${saver.unsaved(key)}" is unsaved`);
        },
        onSaved: () => {},
        onError: () => {},
      });
      return { saver, states, lies };
    };

    it('both fail, then the retry writes the newest text, never the older one', async () => {
      const { client, stored, held, settleAll } = heldClient();
      const { saver, lies } = watched(client);
      saver.change('title:A', 'Termin Montag');
      void saver.flush();
      saver.change('title:A', 'Termin Dienstag');
      void saver.flush();
      await settleAll(false);
      expect(saver.unsaved('title:A')).toBe('Termin Dienstag');
      // The retry (and any further ones) succeed.
      for (let round = 0; round < 3; round++) {
        await vi.advanceTimersByTimeAsync(RETRY_MS);
        await settleAll(true);
      }
      expect(held).toHaveLength(0);
      expect(stored.get('title:A')).toBe('Termin Dienstag');
      expect(saver.unsaved('title:A')).toBeUndefined();
      expect(lies).toEqual([]);
    });

    it('the older write succeeding while a newer text waits does not report "saved"', async () => {
      const { client, stored, settleAll } = heldClient();
      const { saver, states, lies } = watched(client);
      saver.change('title:A', 'alt');
      void saver.flush();
      saver.change('title:A', 'neu');
      void saver.flush();
      await settleAll(false); // both attempts fail
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      await settleAll(true);
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      await settleAll(true);
      expect(stored.get('title:A')).toBe('neu');
      expect(states.at(-1)).toBe('saved');
      expect(lies).toEqual([]);
    });

    it('writes of one chat never overlap, so they land in the order they were typed', async () => {
      const { client, held, stored, settleAll } = heldClient();
      const { saver } = watched(client);
      saver.change('title:A', 'eins');
      void saver.flush();
      saver.change('title:A', 'zwei');
      void saver.flush();
      expect(held.map((h) => h.input.text)).toEqual(['eins']);
      await settleAll(true);
      expect(stored.get('title:A')).toBe('zwei');
      expect(saver.unsaved('title:A')).toBeUndefined();
    });
  });
});
