/**
 * The sealed in-page UI, enforced on the source (docs/security.md "Sealed UI"):
 * - every DOM listener of the content script goes through ui/listen.ts, which drops untrusted pointer
 *   and keyboard events and refuses `change`/`submit` (a script can cause those as trusted events);
 *   the only direct `addEventListener` calls left are on abort signals;
 * - no handler is attached as a property (`onclick = …`), which would bypass the helper;
 * - no shadow root is attached with a literal mode: the mode comes from ui/shadow-mode.ts (closed in
 *   store builds);
 * - no part of Zettel talks to another through a DOM event it dispatches on the page.
 * The test bridge (test builds only) is exempt: it is the page-world test seam by design.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPersonCausedType } from '../../../entrypoints/whatsapp.content/ui/listen.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join('entrypoints', 'whatsapp.content');
const HELPER = path.join(CONTENT, 'ui', 'listen.ts');
const TEST_ONLY = [path.join(CONTENT, 'test-commands'), path.join(CONTENT, 'test-bridge.ts')];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (TEST_ONLY.some((excluded) => rel.startsWith(excluded))) return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const files = sourceFiles(CONTENT);
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

describe('every content-script listener goes through ui/listen.ts', () => {
  it.each(files.filter((file) => file !== HELPER))('%s', (file) => {
    const text = read(file);
    const direct = [...text.matchAll(/\.addEventListener\(\s*([^,]*),/g)].map((match) => match[1]!.trim()).filter((type) => type !== "'abort'");
    expect(direct, 'addEventListener other than on an abort signal: use listen() from ui/listen.ts').toEqual([]);
    expect(text).not.toMatch(/\.on[a-z]+\s*=(?!=)/);
    expect(text, 'the shadow root mode comes from ui/shadow-mode.ts').not.toMatch(/attachShadow\(\s*\{\s*mode:\s*['"]/);
    expect(text, 'no DOM event between parts of Zettel: use a direct call or an in-world registry').not.toMatch(/new CustomEvent\(/);
  });

  it('the guard covers pointer, mouse, keyboard, touch, drag and text input, and not page lifecycle events', () => {
    for (const type of ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'pointerdown', 'pointerup', 'lostpointercapture', 'keydown', 'keyup', 'keypress', 'touchstart', 'wheel', 'dragstart', 'drop', 'input', 'beforeinput', 'paste']) {
      expect(isPersonCausedType(type), type).toBe(true);
    }
    for (const type of ['resize', 'pagehide', 'visibilitychange', 'focusin', 'blur', 'abort']) expect(isPersonCausedType(type), type).toBe(false);
  });
});
