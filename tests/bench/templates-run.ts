/** Plain-script entry of the template search benchmark: prints the table, optionally writes JSON. */
import { writeFileSync } from 'node:fs';
import { formatResults, measureTemplateSearch } from './template-search-benchmark.ts';

const results = measureTemplateSearch();
console.log(formatResults(results));
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt === -1 ? undefined : process.argv[jsonAt + 1];
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ benchmark: 'template-search', at: new Date().toISOString(), results }, null, 2) + '\n');
