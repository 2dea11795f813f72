/** The waiting age of a flag as the row badge shows it, in German and English (real _locales texts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOverdue, waitingAge } from '../../../entrypoints/whatsapp.content/features/flags/waiting-age.ts';

type Messages = Record<string, { message: string }>;
const root = path.resolve(import.meta.dirname, '../../..');
function translator(lang: 'de' | 'en') {
  const messages = JSON.parse(readFileSync(path.join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
  return (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 27, 12, 0, 0);

describe('waitingAge', () => {
  const cases: Array<[number, string, string]> = [
    [0, 'jetzt', 'now'],
    [59_000, 'jetzt', 'now'],
    [MIN, '1 Min.', '1 min'],
    [59 * MIN, '59 Min.', '59 min'],
    [HOUR, '1 Std.', '1 h'],
    [3 * HOUR + 59 * MIN, '3 Std.', '3 h'],
    [23 * HOUR + 59 * MIN, '23 Std.', '23 h'],
    [DAY, '1 Tg.', '1 d'],
    [2 * DAY + 5 * HOUR, '2 Tg.', '2 d'],
    [45 * DAY, '45 Tg.', '45 d'],
  ];
  it.each(cases)('%d ms → %s / %s', (waited, de, en) => {
    expect(waitingAge(now - waited, now, translator('de')).short).toBe(de);
    expect(waitingAge(now - waited, now, translator('en')).short).toBe(en);
  });

  it('a waiting time in the future (clock skew between contexts) reads as now', () => {
    expect(waitingAge(now + 5 * MIN, now, translator('en')).short).toBe('now');
  });

  it('counts whole hours for the threshold', () => {
    expect(waitingAge(now - (5 * HOUR + 30 * MIN), now, translator('de')).hours).toBe(5);
  });
});

describe('isOverdue', () => {
  it('turns overdue exactly at the threshold', () => {
    expect(isOverdue(now - 24 * HOUR + 1, now, 24)).toBe(false);
    expect(isOverdue(now - 24 * HOUR, now, 24)).toBe(true);
    expect(isOverdue(now - 2 * HOUR, now, 1)).toBe(true);
  });
});
