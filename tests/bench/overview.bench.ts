/**
 * Overview benchmark (issue #6). Run: npx vitest bench --run tests/bench/overview.bench.ts
 * (or: node scripts/run-ts.mjs tests/bench/overview-run.ts [--json file]).
 * Prints open (lists), index build and per-keystroke search p50 / p95 at 100,000 markers and 10,000
 * chats first; vitest's table then times typing one whole query.
 */
import { bench, describe } from 'vitest';
import { buildOverview } from '../../utils/overview/items.ts';
import { createOverviewSearch } from '../../utils/overview/search.ts';
import { formatOverviewResults, measureOverview } from './overview-benchmark.ts';
import { overviewCorpus } from './overview-corpus.ts';

console.log(`\n${formatOverviewResults(measureOverview())}\n`);

describe('type "Wärmepumpe tropft" in the Open tab (17 keystrokes)', () => {
  const search = createOverviewSearch(buildOverview(overviewCorpus()));
  search.prepare();
  bench('100,000 markers, 10,000 chats', () => {
    const query = 'Wärmepumpe tropft';
    for (let length = 1; length <= query.length; length += 1) search.view({ tab: 'open', text: query.slice(0, length) });
  });
});
