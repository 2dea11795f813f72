/**
 * What the options page says about one feature, from the user's switch and the WhatsApp tab's health
 * report (the same report the popup shows; the content script lists the features not running and the
 * errors it caught). Without a report (no tab, or it does not answer) only the switch is known.
 */
import type { HealthReport, WhatsAppPart } from '../whatsapp/health.ts';
import type { FeatureInfo } from './catalogue.ts';

export type FeatureHealth =
  | { kind: 'off' }
  | { kind: 'unknown' }
  | { kind: 'running' }
  | { kind: 'waiting'; missing: WhatsAppPart[] }
  | { kind: 'failed'; error: string };

export function featureHealth(feature: FeatureInfo, switchedOff: boolean, report: HealthReport | null): FeatureHealth {
  if (switchedOff) return { kind: 'off' };
  if (!report) return { kind: 'unknown' };
  const failure = report.featureErrors?.find((entry) => entry.id === feature.id);
  if (failure) return { kind: 'failed', error: failure.error };
  if (!report.disabledFeatures.includes(feature.id)) return { kind: 'running' };
  const missing = new Set(report.parts.filter((p) => p.state === 'missing').map((p) => p.part));
  return { kind: 'waiting', missing: feature.needs.filter((part) => missing.has(part)) };
}
