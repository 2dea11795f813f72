/**
 * Which modules the bytes of a built script come from, read from its source map (build it with
 * `npx wxt build -c tests/bench/wxt.sourcemap.config.ts`). Each mapping segment owns the output bytes up
 * to the next segment. `node scripts/run-ts.mjs tests/bench/bundle-sources.ts <script.js> [depth]`.
 */
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Output bytes per source file of `script` (its map next to it, `<script>.map`). */
export function bytesBySource(script: string): Map<string, number> {
  const code = readFileSync(script, 'utf8');
  const map = JSON.parse(readFileSync(`${script}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const segments = (line ? line.split(',') : []).map((text) => {
      const fields = decodeVlq(text);
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      return { column, source: fields.length > 1 ? source : -1 };
    });
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.column ?? lines[lineIndex]?.length ?? 0;
      const name = segment.source >= 0 ? map.sources[segment.source]! : '(no source)';
      bytes.set(name, (bytes.get(name) ?? 0) + end - segment.column);
    });
  });
  return bytes;
}

/** Sources grouped by npm package, or by the first `depth` folders of Zettel's own path. */
export function groupSources(bytes: ReadonlyMap<string, number>, depth = 3): Array<[string, number]> {
  const groups = new Map<string, number>();
  for (const [source, size] of bytes) {
    const own = source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(entrypoints|utils|components)\//, '$1/');
    const key = source.includes('node_modules/') ? source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : own.split('/').slice(0, depth).join('/');
    groups.set(key, (groups.get(key) ?? 0) + size);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

// Run as a script (through scripts/run-ts.mjs), not when imported.
const cli = process.argv.findIndex((arg) => arg.endsWith('bundle-sources.ts'));
if (cli >= 0) {
  const [script, depth] = process.argv.slice(cli + 1);
  if (!script) throw new Error('usage: bundle-sources.ts <script.js> [depth]');
  const bytes = bytesBySource(script);
  console.log(`${[...bytes.values()].reduce((sum, size) => sum + size, 0)} bytes`);
  for (const [name, size] of groupSources(bytes, Number(depth ?? 3)).slice(0, 40)) console.log(`${String(size).padStart(8)}  ${name}`);
}
