/**
 * "Most used / most recent first" for the picker's empty query, and the tie-breaker between equally
 * good search hits. One number per template:
 *
 *   usageScore = ln(1 + usageCount) + 3 × 0.5^(daysSinceLastUse / 7)
 *
 * The logarithm keeps a template used 500 times from burying everything else for ever; the recency
 * term (worth about 20 uses when fresh, halving every week) lets what the user needs this week
 * rise. A template used once a minute ago (≈ 3.7) ranks above one used 30 times a month ago (≈ 3.6).
 */
import type { Template } from './model.ts';

export const RECENCY_WEIGHT = 3;
export const RECENCY_HALF_LIFE_DAYS = 7;
const DAY_MS = 86_400_000;

export function usageScore(template: Pick<Template, 'usageCount' | 'lastUsedAt'>, now: number): number {
  const frequency = Math.log1p(Math.max(0, template.usageCount));
  if (template.lastUsedAt === undefined) return frequency;
  const ageDays = Math.max(0, now - template.lastUsedAt) / DAY_MS;
  return frequency + RECENCY_WEIGHT * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
}
