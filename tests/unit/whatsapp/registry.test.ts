import { describe, expect, it, vi } from 'vitest';
import { defineFeature, FeatureRegistry } from '../../../entrypoints/whatsapp.content/features/registry.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import type { HealthReport, WhatsAppPart } from '../../../utils/whatsapp/health.ts';
import { WHATSAPP_PARTS } from '../../../utils/whatsapp/health.ts';

/** An adapter double: only the subscriptions the features below use. */
function fakeAdapter() {
  const rowListeners: Array<(rows: never[]) => void> = [];
  const adapter = {
    onRows: (callback: (rows: never[]) => void, signal: AbortSignal) => {
      rowListeners.push((rows) => {
        if (!signal.aborted) callback(rows);
      });
    },
    onConversation: vi.fn(),
    onMessages: vi.fn(),
    onAlias: vi.fn(),
    onHealth: vi.fn(),
  } as unknown as WhatsAppAdapter;
  // Like the real adapter's channels: a throwing listener is caught and reported.
  const emitRows = (onError: (error: unknown) => void) => {
    for (const listener of rowListeners) {
      try {
        listener([]);
      } catch (error) {
        onError(error);
      }
    }
  };
  return { adapter, emitRows };
}

function health(missing: WhatsAppPart[] = []): Pick<HealthReport, 'parts'> {
  return { parts: WHATSAPP_PARTS.map((part) => ({ part, state: missing.includes(part) ? 'missing' : 'ok' })) };
}

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function setup() {
  const root = new AbortController();
  const { adapter, emitRows } = fakeAdapter();
  const registry = new FeatureRegistry({ adapter, signal: root.signal, t: (key) => `t:${key}`, console: quiet });
  registry.updateHealth(health());
  return { root, adapter, emitRows, registry };
}

describe('feature registry', () => {
  it('starts a feature whose parts are healthy, with a context', () => {
    const { registry } = setup();
    const start = vi.fn();
    registry.add(defineFeature({ id: 'flags', needs: ['chat-rows'], start }));
    expect(start).toHaveBeenCalledOnce();
    const ctx = start.mock.calls[0]![0];
    expect(ctx.signal.aborted).toBe(false);
    expect(ctx.t('x')).toBe('t:x');
    expect(registry.state('flags')).toBe('running');
  });

  it('stops a feature when a part it needs goes missing, restarts it when the part returns', () => {
    const { registry } = setup();
    const signals: AbortSignal[] = [];
    registry.add(defineFeature({ id: 'templates', needs: ['compose-box'], start: (ctx) => void signals.push(ctx.signal) }));
    registry.add(defineFeature({ id: 'flags', needs: ['chat-rows'], start: () => {} }));
    registry.updateHealth(health(['compose-box']));
    expect(signals[0]!.aborted).toBe(true);
    expect(registry.disabled()).toEqual(['templates']);
    expect(registry.state('flags')).toBe('running');
    registry.updateHealth(health());
    expect(signals).toHaveLength(2);
    expect(signals[1]!.aborted).toBe(false);
    expect(registry.disabled()).toEqual([]);
  });

  it('does not start a feature while its part is missing; idle parts do not stop it', () => {
    const { registry } = setup();
    registry.updateHealth(health(['chat-list']));
    const start = vi.fn();
    registry.add(defineFeature({ id: 'pins', needs: ['chat-list'], start }));
    expect(start).not.toHaveBeenCalled();
    registry.updateHealth({ parts: WHATSAPP_PARTS.map((part) => ({ part, state: part === 'chat-list' ? 'ok' : 'idle' })) });
    expect(start).toHaveBeenCalledOnce();
  });

  it('catches a throwing start, lists the feature with its error, and keeps the others running', () => {
    const { registry } = setup();
    registry.add(
      defineFeature({ id: 'broken', needs: [], start: () => { throw new TypeError('boom'); } }),
      defineFeature({ id: 'fine', needs: [], start: () => {} }),
    );
    expect(registry.state('broken')).toBe('failed');
    expect(registry.state('fine')).toBe('running');
    expect(registry.disabled()).toEqual(['broken']);
    expect(registry.errors()).toEqual([{ id: 'broken', error: 'TypeError: boom' }]);
    expect(quiet.error).toHaveBeenCalledWith('[zettel:broken]', expect.any(TypeError));
  });

  it('catches a rejected async start', async () => {
    const { registry } = setup();
    registry.add(defineFeature({ id: 'async', needs: [], start: async () => { throw new Error('later'); } }));
    await Promise.resolve();
    await Promise.resolve();
    expect(registry.state('async')).toBe('failed');
    expect(registry.errors()[0]?.error).toBe('Error: later');
  });

  it('attributes an error in an adapter callback to the feature and stops it', () => {
    const { registry, emitRows } = setup();
    let signal: AbortSignal | undefined;
    registry.add(
      defineFeature({
        id: 'rows-feature',
        needs: ['chat-rows'],
        start: (ctx) => {
          signal = ctx.signal;
          ctx.adapter.onRows(() => {
            throw new Error('in callback');
          }, ctx.signal);
        },
      }),
    );
    const leaked: unknown[] = [];
    emitRows((error) => leaked.push(error));
    expect(leaked).toEqual([]);
    expect(registry.state('rows-feature')).toBe('failed');
    expect(signal?.aborted).toBe(true);
    expect(registry.errors()).toEqual([{ id: 'rows-feature', error: 'Error: in callback' }]);
  });

  it('guard() wraps timers and listeners of a feature the same way', () => {
    const { registry } = setup();
    let run: (() => void) | undefined;
    registry.add(defineFeature({ id: 'timer', needs: [], start: (ctx) => void (run = ctx.guard(() => { throw new Error('tick'); })) }));
    expect(() => run?.()).not.toThrow();
    expect(registry.state('timer')).toBe('failed');
  });

  it('switching off aborts; switching on restarts, also after a failure', () => {
    const { registry } = setup();
    let calls = 0;
    const signals: AbortSignal[] = [];
    registry.add(defineFeature({ id: 'notes', needs: [], start: (ctx) => { signals.push(ctx.signal); if (++calls === 1) throw new Error('first'); } }));
    expect(registry.state('notes')).toBe('failed');
    registry.setEnabled('notes', false);
    expect(registry.state('notes')).toBe('switched-off');
    // Switching on again clears the error and starts afresh.
    registry.setEnabled('notes', true);
    expect(registry.errors()).toEqual([]);
    expect(calls).toBe(2);
    expect(registry.state('notes')).toBe('running');
    registry.setEnabled('notes', false);
    expect(signals[1]!.aborted).toBe(true);
    expect(registry.state('notes')).toBe('switched-off');
    expect(registry.disabled()).toEqual(['notes']);
  });

  it('aborts every feature when the content script is invalidated (extension reload)', () => {
    const { registry, root } = setup();
    const signals: AbortSignal[] = [];
    registry.add(defineFeature({ id: 'a', needs: [], start: (ctx) => void signals.push(ctx.signal) }));
    root.abort();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('refuses a duplicate id', () => {
    const { registry } = setup();
    registry.add(defineFeature({ id: 'x', needs: [], start: () => {} }));
    expect(() => registry.add(defineFeature({ id: 'x', needs: [], start: () => {} }))).toThrow(/twice/);
  });
});
