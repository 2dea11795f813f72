/**
 * How text is compared in template search: case-folded, accents and Umlaute folded to their base
 * letter (so "bestatigt", "bestaetigt" and "bestätigt" are at most one typo apart), split into
 * words of letters and digits.
 */

/** Longer "words" (IBANs, links) are cut: nobody types more of them into a search box. */
export const MAX_WORD_LENGTH = 32;

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;

export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most template text is ASCII apart from a few Umlaute; skip normalization when there are none.
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(/ß/g, 'ss').normalize('NFD').replace(COMBINING_MARKS, '');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(char);
}

/**
 * The words of already folded text, each at most MAX_WORD_LENGTH characters. A hand-written scan:
 * building the index splits megabytes of text, and a Unicode-property regex over all of it was the
 * largest part of the build time.
 */
export function searchWords(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index <= folded.length; index += 1) {
    const code = index < folded.length ? folded.charCodeAt(index) : 32;
    // Surrogate pairs (letters outside the BMP) are tested as one character.
    const wide = code >= 0xd800 && code <= 0xdbff;
    const char = wide ? folded.slice(index, index + 2) : folded[index] ?? ' ';
    const inWord = isWordChar(code, char);
    if (inWord && start === -1) start = index;
    if (!inWord && start !== -1) {
      words.push(folded.slice(start, Math.min(index, start + MAX_WORD_LENGTH)));
      start = -1;
    }
    if (wide && inWord) index += 1;
  }
  return words;
}
