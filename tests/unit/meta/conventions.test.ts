/**
 * The conventions that matter, enforced rather than remembered (DESIGN §7). Each test reads the
 * source tree as text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sourceFiles);
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

describe('WhatsApp selectors live only in the adapter (utils/whatsapp)', () => {
  // Tokens that only make sense as hooks into WhatsApp's DOM.
  const whatsappTokens = [
    /#pane-side\b/,
    /['"`]#side\b/,
    /['"`]#main\b/,
    /\bdata-testid\b/,
    /\bdata-icon\b/,
    /\bcell-frame-/,
    /\bconv-msg-/,
    /\bdata-pre-plain-text\b/,
    /\bcopyable-text\b/,
    /\bselectable-text\b/,
    /\bdata-lexical-editor\b/,
    /\bmessage-(?:in|out)\b/,
    /\bdata-virtualized\b/,
  ];
  const outside = files.filter((file) => !file.startsWith(path.join('utils', 'whatsapp')));
  it.each(outside)('%s has no WhatsApp selector', (file) => {
    const text = read(file);
    for (const token of whatsappTokens) expect(text, `${file} matches ${token}`).not.toMatch(token);
  });
});

describe('content scripts never touch IndexedDB directly (DESIGN §1)', () => {
  const contentFiles = files.filter(
    (file) => file.startsWith(path.join('entrypoints', 'whatsapp.content')) || file.startsWith(path.join('utils', 'whatsapp')),
  );
  it.each(contentFiles)('%s imports neither dexie nor utils/db', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/from ['"]dexie['"]/);
    expect(text).not.toMatch(/utils\/db\//);
    expect(text).not.toMatch(/\bindexedDB\b/);
  });
});

describe('no request leaves the extension', () => {
  it.each(files)('%s names no remote address and loads no remote code', (file) => {
    const text = read(file);
    const urls = text.match(/https?:\/\/[^\s'"`)]+/g) ?? [];
    // WhatsApp Web itself is the only site Zettel knows; documentation links in comments are allowed.
    const remote = urls.filter((url) => !url.startsWith('https://web.whatsapp.com/') && !isInComment(text, url));
    expect(remote).toEqual([]);
    expect(text).not.toMatch(/\beval\(|new Function\(/);
  });
});

function isInComment(text: string, url: string): boolean {
  const index = text.indexOf(url);
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const line = text.slice(lineStart, index);
  return /^\s*(\/\/|\*|\/\*)/.test(line);
}

describe('user-facing text exists in German and English (_locales)', () => {
  type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
  const de = JSON.parse(read('public/_locales/de/messages.json')) as Messages;
  const en = JSON.parse(read('public/_locales/en/messages.json')) as Messages;

  it('both languages have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty and uses the same substitutions in both languages', () => {
    for (const key of Object.keys(de)) {
      expect(de[key]?.message.trim(), `de ${key}`).not.toBe('');
      expect(en[key]?.message.trim(), `en ${key}`).not.toBe('');
      const subs = (m: string | undefined) => (m?.match(/\$\d|\$[A-Za-z_]+\$/g) ?? []).sort();
      expect(subs(de[key]?.message), key).toEqual(subs(en[key]?.message));
    }
  });

  it('every key is used somewhere, and every used key exists', () => {
    const corpus = [...files.map(read), read('wxt.config.ts')].join('\n');
    const unused = Object.keys(de).filter((key) => !corpus.includes(`'${key}'`) && !corpus.includes(`__MSG_${key}__`) && !corpus.includes(`"${key}"`));
    expect(unused).toEqual([]);
    const used = [...corpus.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((match) => match[1] as string);
    const missing = used.filter((key) => !(key in de));
    expect(missing).toEqual([]);
  });
});
