/**
 * Features ask for the same few strings for every row on every scroll step ("„Anna“ als „Noch
 * antworten“ markieren", "wartet seit 3 Std."), and each uncached call crosses into the extension's
 * i18n bindings: the bench (docs/performance.md) found it among Zettel's top costs while scrolling.
 * The registry gives each feature start its own cached `t`; a language change restarts the features,
 * so a cache never outlives its language. The cache is bounded and simply starts over when full.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export function memoTranslate(t: Translate, limit = 2_000): Translate {
  const cache = new Map<string, string>();
  return (key, substitutions) => {
    const id = substitutions === undefined ? key : `${key}\u0000${Array.isArray(substitutions) ? substitutions.join('\u0000') : substitutions}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, substitutions);
      if (cache.size >= limit) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}
