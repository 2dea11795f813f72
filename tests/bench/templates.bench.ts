/**
 * Template search benchmark. Run: npx vitest bench --run tests/bench/templates.bench.ts
 * (or as a plain script: node scripts/run-ts.mjs tests/bench/templates-run.ts [--json file]).
 *
 * The per-keystroke table (p50 / p95 / max, build time) is printed first; vitest's own table then
 * times typing one whole query, keystroke by keystroke, per collection size.
 */
import { bench, describe } from 'vitest';
import { createTemplateSearch } from '../../utils/templates/search.ts';
import { defaultTemplates } from '../../utils/templates/pack.ts';
import { formatResults, measureTemplateSearch } from './template-search-benchmark.ts';
import { templateCorpus } from './template-corpus.ts';

console.log(`\n${formatResults(measureTemplateSearch())}\n`);

describe('type "Termn bestätigt" (15 keystrokes)', () => {
  for (const size of [100, 1_000, 5_000]) {
    const search = createTemplateSearch([...defaultTemplates('de'), ...templateCorpus(size)]);
    bench(`${size} templates`, () => {
      const query = 'Termn bestätigt';
      for (let length = 1; length <= query.length; length += 1) search.search(query.slice(0, length), 10);
    });
  }
});
