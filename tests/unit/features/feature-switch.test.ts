/**
 * The per-feature switch (options › Funktionen, setting `features.disabled`): the registry honours it
 * live, a feature switched off never starts, and the options page's catalogue lists exactly FEATURES.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { followFeatureSwitch } from '../../../entrypoints/whatsapp.content/feature-switch.ts';
import { FEATURES } from '../../../entrypoints/whatsapp.content/features/index.ts';
import { defineFeature, FeatureRegistry } from '../../../entrypoints/whatsapp.content/features/registry.ts';
import { defaultSettings, type Settings } from '../../../utils/db/settings.ts';
import { FEATURE_CATALOGUE } from '../../../utils/features/catalogue.ts';
import { featureHealth } from '../../../utils/features/feature-health.ts';
import type { DataClient } from '../../../utils/messaging/client.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import { WHATSAPP_PARTS, type HealthReport } from '../../../utils/whatsapp/health.ts';

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const adapter = { onRows: vi.fn(), onConversation: vi.fn(), onMessages: vi.fn(), onAlias: vi.fn(), onHealth: vi.fn() } as unknown as WhatsAppAdapter;

function registryWith(...ids: string[]) {
  const root = new AbortController();
  const registry = new FeatureRegistry({ adapter, signal: root.signal, t: (key) => key, console: quiet });
  registry.updateHealth({ parts: WHATSAPP_PARTS.map((part) => ({ part, state: 'ok' as const })) });
  const signals = new Map<string, AbortSignal[]>();
  const definitions = ids.map((id) => defineFeature({ id, needs: [], start: (ctx) => void signals.set(id, [...(signals.get(id) ?? []), ctx.signal]) }));
  return { root, registry, signals, definitions };
}

/** A data client double whose settings subscription the test drives. */
function settingsClient() {
  let push: ((settings: Settings) => void) | undefined;
  const unsubscribe = vi.fn();
  const client = {
    subscribe: (_op: string, _input: unknown, onValue: (settings: Settings) => void) => {
      push = onValue;
      return unsubscribe;
    },
  } as unknown as DataClient;
  const emit = (disabled: string[]) => push?.({ ...defaultSettings(), 'features.disabled': disabled });
  return { client, emit, unsubscribe };
}

describe('feature switch', () => {
  it('setSwitchedOff stops the listed features (their signal aborts) and starts them again when removed', () => {
    const { registry, signals, definitions } = registryWith('pins', 'notes');
    registry.add(...definitions);
    registry.setSwitchedOff(['pins']);
    expect(signals.get('pins')![0]!.aborted).toBe(true);
    expect(registry.state('pins')).toBe('switched-off');
    expect(registry.state('notes')).toBe('running');
    registry.setSwitchedOff([]);
    expect(registry.state('pins')).toBe('running');
    expect(signals.get('pins')).toHaveLength(2);
    expect(signals.get('notes')).toHaveLength(1); // untouched
  });

  it('a feature switched off before it is added never starts', () => {
    const { registry, signals, definitions } = registryWith('away-reply', 'pins');
    registry.setSwitchedOff(['away-reply', 'not-yet-known']);
    registry.add(...definitions);
    expect(signals.has('away-reply')).toBe(false);
    expect(registry.state('away-reply')).toBe('switched-off');
    expect(registry.disabled()).toEqual(['away-reply']);
  });

  it('followFeatureSwitch resolves with the first value applied, then follows every change', async () => {
    const { registry, signals, definitions, root } = registryWith('pins');
    const { client, emit, unsubscribe } = settingsClient();
    const ready = followFeatureSwitch(client, registry, root.signal);
    emit(['pins']);
    await ready;
    registry.add(...definitions);
    expect(signals.has('pins')).toBe(false);
    emit([]);
    expect(registry.state('pins')).toBe('running');
    emit(['pins']);
    expect(signals.get('pins')![0]!.aborted).toBe(true);
    root.abort();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('feature catalogue (options › Funktionen)', () => {
  it('lists exactly the content script FEATURES, in order, with the same needs', () => {
    expect(FEATURE_CATALOGUE.map((f) => [f.id, [...f.needs]])).toEqual(FEATURES.map((f) => [f.id, [...f.needs]]));
  });

  it('every feature has a name and a one-line description in German and English', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    for (const language of ['de', 'en']) {
      const messages = JSON.parse(readFileSync(path.join(root, `public/_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>;
      for (const { nameKey, descriptionKey } of FEATURE_CATALOGUE) {
        expect(messages[nameKey]?.message, `${language} ${nameKey}`).toBeTruthy();
        expect(messages[descriptionKey]?.message, `${language} ${descriptionKey}`).toMatch(/^[^\n]{10,140}$/);
      }
    }
  });

  it('health per feature: off, running, waiting for its missing parts, failed, unknown without a tab', () => {
    const pins = FEATURE_CATALOGUE.find((f) => f.id === 'pins')!;
    const report = (over: Partial<HealthReport>): HealthReport => ({
      parts: WHATSAPP_PARTS.map((part) => ({ part, state: part === 'chat-list' ? ('missing' as const) : ('ok' as const) })),
      identity: null, profile: 'unknown', locale: 'de', disabledFeatures: [], currentChat: null, checkedAt: 0, ...over,
    });
    expect(featureHealth(pins, true, report({}))).toEqual({ kind: 'off' });
    expect(featureHealth(pins, false, null)).toEqual({ kind: 'unknown' });
    expect(featureHealth(pins, false, report({}))).toEqual({ kind: 'running' });
    expect(featureHealth(pins, false, report({ disabledFeatures: ['pins'] }))).toEqual({ kind: 'waiting', missing: ['chat-list'] });
    expect(featureHealth(pins, false, report({ disabledFeatures: ['pins'], featureErrors: [{ id: 'pins', error: 'Error: x' }] }))).toEqual({ kind: 'failed', error: 'Error: x' });
  });
});
