/**
 * Every feature is complete, in the spirit of refined-github's feature checks: for each feature in
 * FEATURES (entrypoints/whatsapp.content/features/index.ts)
 * - its row in the README's table "What Zettel adds" (the switch column names its id),
 * - its docs page (the first docs/*.md that row links), which names the id and its switch,
 * - an e2e spec that names it (tests/e2e/<id>.spec.ts, or `@feature <id>` in a spec's header),
 * - every data-zettel / data-zettel-action value it creates in its source, in the README's UI-contract
 *   table.
 * A new feature without these fails here; fix the docs, not this test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../entrypoints/whatsapp.content/features/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const readme = read('README.md');
const ids = FEATURES.map((feature) => feature.id);

/** The lines of the markdown section whose heading starts with `heading`, up to the next heading of level ≤ 2. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Table rows (cells, trimmed) of a section, without the header and separator rows. */
function tableRows(lines: string[]): string[][] {
  return lines
    .filter((line) => line.startsWith('|') && !/^\|[-| :]+\|$/.test(line))
    .slice(1)
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

export function featureRows(markdown: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const cells of tableRows(section(markdown, '## What Zettel adds'))) {
    const id = /^`([a-z0-9-]+)`$/.exec(cells[cells.length - 1] ?? '')?.[1];
    if (id) rows.set(id, cells);
  }
  return rows;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return filesUnder(rel, pattern);
    return pattern.test(name) ? [rel] : [];
  });
}

/** The data-zettel and data-zettel-action values a source creates (dataset, attribute objects, setAttribute). */
export function createdHooks(source: string): Set<string> {
  const patterns = [
    /dataset\.zettel(?:Action)?\s*=\s*['"]([a-z0-9-]+)['"]/g,
    /['"]data-zettel(?:-action)?['"]\s*:\s*['"]([a-z0-9-]+)['"]/g,
    /setAttribute\(\s*['"]data-zettel(?:-action)?['"]\s*,\s*['"]([a-z0-9-]+)['"]/g,
  ];
  return new Set(patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!)));
}

export function uiContractTable(markdown: string): string {
  return section(markdown, '## UI contract').filter((line) => line.startsWith('|')).join('\n');
}

function documented(table: string, hook: string): boolean {
  return new RegExp(`[\`"]${hook}[\`"]`).test(table);
}

describe('every feature in FEATURES is documented and tested', () => {
  const rows = featureRows(readme);
  const specs = filesUnder('tests/e2e', /\.spec\.ts$/);
  const contract = uiContractTable(readme);

  it('the table "What Zettel adds" has one row per feature and no row for an unknown one', () => {
    expect([...rows.keys()].sort()).toEqual([...ids].sort());
  });

  for (const id of ids) {
    describe(id, () => {
      it('has a docs page (linked from its README row) that names it and its switch', () => {
        const link = /\]\((docs\/[a-z0-9-]+\.md)\)/.exec(rows.get(id)?.join(' | ') ?? '')?.[1];
        expect(link, `README row of ${id} links no docs page`).toBeDefined();
        const page = read(link!);
        expect(page, `${link} does not name \`${id}\``).toContain(`\`${id}\``);
        const switchLine = page.split('\n').some((line) => line.includes('Funktionen') && line.includes(`\`${id}\``));
        expect(switchLine, `${link} has no line saying that \`${id}\` is switched in options › Funktionen`).toBe(true);
      });

      it('has an e2e spec that names it', () => {
        const named = specs.filter((spec) => path.basename(spec) === `${id}.spec.ts` || new RegExp(`@feature ${id}\\b`).test(read(spec)));
        expect(named, `no tests/e2e/${id}.spec.ts and no spec with "@feature ${id}"`).not.toEqual([]);
      });

      it('documents every hook it creates in the README UI-contract table', () => {
        const sources = filesUnder(`entrypoints/whatsapp.content/features/${id}`, /\.tsx?$/);
        const hooks = [...new Set(sources.flatMap((file) => [...createdHooks(read(file))]))];
        expect(hooks.filter((hook) => !documented(contract, hook)), `undocumented hooks of ${id}`).toEqual([]);
      });
    });
  }
});

describe('the meta-test itself', () => {
  it('finds hooks in each way a source creates them, and rows by their switch cell', () => {
    expect([...createdHooks(`el.dataset.zettel = 'a'; b.dataset.zettelAction = "b"; h('x', { 'data-zettel': 'c' }); e.setAttribute('data-zettel-action', 'd')`)]).toEqual(['a', 'b', 'c', 'd']);
    const table = '## What Zettel adds\n\n| f | where | more | switch |\n|---|---|---|---|\n| Pins | bar | [docs/pins.md](docs/pins.md) | `pins` |\n| Popup | icon | x | — |\n\n## Next\n| a | b | c | `notes` |';
    expect([...featureRows(table).keys()]).toEqual(['pins']);
  });
});
