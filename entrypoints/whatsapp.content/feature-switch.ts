/**
 * The user's per-feature switch (options › Funktionen, setting `features.disabled`), followed live:
 * switching a feature off aborts its signal (its UI leaves the open tab), switching it on starts it.
 * Resolves once the first value is in (or the background refused), so the registry can add the
 * features with the switch already applied: a feature the user switched off never starts, not even
 * for a moment (the away reply must not send while it is off).
 */
import type { DataClient } from '../../utils/messaging/client.ts';
import type { FeatureRegistry } from './features/registry.ts';

export function followFeatureSwitch(client: DataClient, registry: FeatureRegistry, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = client.subscribe(
      'getSettings',
      undefined,
      (settings) => {
        registry.setSwitchedOff(settings['features.disabled'] ?? []);
        resolve();
      },
      (error) => {
        console.warn('[zettel] feature switch:', error);
        resolve(); // without the setting every feature runs, as before the user switched any off
      },
    );
    signal.addEventListener('abort', stop, { once: true });
  });
}
