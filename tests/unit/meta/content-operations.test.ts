/**
 * The content script's data privileges (utils/messaging/sender-policy.ts) equal what its features
 * use: every operation name the content script's sources mention must be on the allowlist (or the
 * feature would be refused at run time), and every name on the allowlist must be used somewhere (an
 * unused privilege is one a compromised page context could abuse for nothing in return). The test
 * bridge (test builds only) has a port of its own and is not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../../../utils/db/operations.ts';
import { CONTENT_SCRIPT_OPERATIONS, CONTENT_SCRIPT_SETTING_KEYS } from '../../../utils/messaging/sender-policy.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join('entrypoints', 'whatsapp.content');
const TEST_ONLY = [path.join(CONTENT, 'test-commands'), path.join(CONTENT, 'test-bridge.ts')];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (TEST_ONLY.some((excluded) => rel.startsWith(excluded))) return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const text = sourceFiles(CONTENT)
  .map((file) => readFileSync(path.join(root, file), 'utf8'))
  .join('\n');

describe('the content script allowlist matches what the content script uses', () => {
  const used = Object.keys(operations).filter((op) => new RegExp(`['"\`]${op}['"\`]`).test(text));

  it('every operation the features use is allowed', () => {
    expect(used.filter((op) => !CONTENT_SCRIPT_OPERATIONS.has(op as never))).toEqual([]);
  });

  it('every allowed operation is used', () => {
    expect([...CONTENT_SCRIPT_OPERATIONS].filter((op) => !used.includes(op))).toEqual([]);
  });

  it('every setting the features change is allowed, and only those', () => {
    const changed = [...text.matchAll(/'updateSetting',\s*\{\s*key:\s*'([^']+)'/g)].map((match) => match[1]!);
    expect(changed.length).toBeGreaterThan(0);
    expect([...new Set(changed)].sort()).toEqual([...CONTENT_SCRIPT_SETTING_KEYS].sort());
    // A key passed by variable would escape this check: the features name their keys literally.
    expect(text.match(/'updateSetting',\s*\{\s*key:\s*[^'\s]/g)).toBeNull();
  });
});
