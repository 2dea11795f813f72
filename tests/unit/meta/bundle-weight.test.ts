/**
 * Imports that weigh more than the job they do (issue 16: the content script ≤ 150 kB). Read as text,
 * like conventions.test.ts; the bench's bundle part (tests/bench/bundle.ts) measures the result.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

describe('no date parser in the product (utils/hours/calendar-date.ts checks days in a few lines)', () => {
  it.each(['entrypoints', 'components', 'utils'].flatMap(sourceFiles))('%s imports neither parse nor isMatch from date-fns', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, names = ''] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]date-fns['"]/g)) {
      expect(names.split(',').map((name) => name.trim().split(/\s+/)[0]), file).not.toContain('isMatch');
      expect(names.split(',').map((name) => name.trim().split(/\s+/)[0]), file).not.toContain('parse');
    }
    expect(text, file).not.toMatch(/from ['"]date-fns\/(parse|isMatch)['"]/);
  });
});
