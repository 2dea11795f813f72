/** The features' cached translation (features/memo-translate.ts; the registry wraps ctx.t with it). */
import { describe, expect, it } from 'vitest';
import { memoTranslate } from '../../../entrypoints/whatsapp.content/features/memo-translate.ts';

describe('memoTranslate', () => {
  it('asks once per key and substitutions, keeps them apart, and starts over when full', () => {
    const asked: string[] = [];
    const t = memoTranslate((key, subs) => {
      asked.push(key);
      return `${key}:${([] as string[]).concat(subs ?? []).join('|')}`;
    }, 3);
    expect(t('flag', 'Anna')).toBe('flag:Anna');
    expect(t('flag', 'Anna')).toBe('flag:Anna');
    expect(t('flag', ['Anna', 'B'])).toBe('flag:Anna|B');
    expect(t('flag')).toBe('flag:');
    expect(asked).toEqual(['flag', 'flag', 'flag']);
    t('other');
    t('flag', 'Anna');
    expect(asked).toHaveLength(5);
  });
});
