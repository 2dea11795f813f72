/** Plain-script entry of the overview benchmark: node scripts/run-ts.mjs tests/bench/overview-run.ts [--json file]. */
import { writeFileSync } from 'node:fs';
import { formatOverviewResults, measureOverview } from './overview-benchmark.ts';

const results = measureOverview();
console.log(formatOverviewResults(results));
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt === -1 ? undefined : process.argv[jsonAt + 1];
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ benchmark: 'overview', at: new Date().toISOString(), results }, null, 2) + '\n');
