/**
 * Regenerates data/gazetteer/organizations.json from our curated entries and the
 * designation lists in ../shared/data/gazetteers. Run: npx tsx scripts/build-gazetteer.ts
 * (add --verbose to list alias conflicts and ambiguous matches). Not needed at run time.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOrganizations, type BuildLog } from '../src/extraction/gazetteer/build-organizations.js';
import { readCuratedOrganizations, readDesignationRecords, serialiseOrganizations } from '../src/extraction/gazetteer/designation-files.js';
import { gazetteerDataDir } from '../src/extraction/gazetteer/data-dir.js';

const log: BuildLog = { conflicts: [], ambiguous: [] };
const file = buildOrganizations(readCuratedOrganizations(), readDesignationRecords(), log);
const out = path.join(gazetteerDataDir(), 'organizations.json');
writeFileSync(out, serialiseOrganizations(file));
console.log(`wrote ${out}`);
console.log(JSON.stringify(file.counts));
console.log(`${log.conflicts.length} aliases kept off an entry because another entry owns them; ${log.ambiguous.length} ambiguous records skipped`);
if (process.argv.includes('--verbose')) for (const line of [...log.ambiguous, ...log.conflicts]) console.log(`  ${line}`);
