/** Answers the popup's `{ type: 'zettel:health' }` (sent with tabs.sendMessage) with a HealthReport. */
import { browser } from 'wxt/browser';
import type { WhatsAppAdapter } from '../../utils/whatsapp/adapter.ts';
import type { HealthReport } from '../../utils/whatsapp/health.ts';
import type { FeatureRegistry } from './features/registry.ts';

export const HEALTH_MESSAGE = 'zettel:health';

export function healthReport(adapter: WhatsAppAdapter, registry: FeatureRegistry): HealthReport {
  const report = adapter.health();
  registry.updateHealth(report);
  const errors = registry.errors();
  return { ...report, disabledFeatures: registry.disabled(), ...(errors.length ? { featureErrors: errors } : {}) };
}

export function answerHealthRequests(adapter: WhatsAppAdapter, registry: FeatureRegistry, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<HealthReport> | undefined => {
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== HEALTH_MESSAGE) return undefined;
    // Other messages stay unanswered here, so other listeners can answer them.
    return Promise.resolve().then(() => healthReport(adapter, registry));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
