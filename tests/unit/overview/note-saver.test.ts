import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataClient } from '../../../utils/messaging/client.ts';
import { NoteSaver, SAVE_DELAY_MS, type SaveState } from '../../../entrypoints/whatsapp.content/features/notes/note-saver.ts';

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
});
