/**
 * Scores the rule-based extractor against the hand-annotated gold files.
 *
 *   npx tsx scripts/eval-extraction.ts [GOLD.json...] [--json] [--summary] [--matches] [--gold-dir DIR]
 *
 * With no files, every `*.gold.json` of ../shared/gold (beside the repo) is used. Each
 * gold's document is read and normalised as intake does, extracted with the gold's
 * `published` date as anchor, converted to `cellgraph/1` in memory and scored.
 * `--json` prints { reports, macro } (see docs/evaluation.md); `--summary` prints only
 * the score tables; `--matches` also lists what matched. Exit 1 on bad input or when the extractor is missing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extract } from '../src/extraction/types.js';
import { evaluateMany, formatMacro, formatReport, listGoldFiles, runGold, type EvalReport } from '../src/evaluation/index.js';
import { oneLine } from '../src/core/errors.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadExtractor(): Promise<Extract> {
  try {
    const mod = (await import('../src/extraction/pipeline.js')) as { extract?: Extract };
    if (typeof mod.extract !== 'function') throw new Error('src/extraction/pipeline.ts does not export a function `extract`');
    return mod.extract;
  } catch (e) {
    const code = (e as { code?: string }).code;
    // Only the pipeline itself missing is "not written yet"; a module it imports going missing is a real error.
    if (code === 'ERR_MODULE_NOT_FOUND' && /Cannot find module '[^']*extraction\/pipeline\.(js|ts)'/.test(String((e as Error).message))) {
      throw new Error('the extractor is missing: src/extraction/pipeline.ts must export `extract(text, options)`');
    }
    throw e;
  }
}

function parseArgs(argv: readonly string[]) {
  const files: string[] = [];
  let json = false;
  let summary = false;
  let matches = false;
  let goldDir = path.resolve(repoRoot, '../shared/gold');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--summary') summary = true;
    else if (a === '--matches') matches = true;
    else if (a === '--gold-dir') goldDir = path.resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      console.log('usage: eval-extraction [GOLD.json...] [--json] [--summary] [--matches] [--gold-dir DIR]');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else files.push(path.resolve(a));
  }
  return { files: files.length > 0 ? files : listGoldFiles(goldDir), json, summary, matches };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0) throw new Error('no gold files found');
  const extract = await loadExtractor();
  const reports: EvalReport[] = [];
  for (const file of args.files) {
    const { report, dropped } = runGold(file, extract);
    if (dropped.length > 0) console.error(`${path.basename(file)}: ${dropped.length} dangling reference(s) dropped, e.g. ${dropped[0]}`);
    reports.push(report);
    if (args.json) continue;
    const text = formatReport(report, { matches: args.matches });
    console.log(`${args.summary ? text.split('\n').slice(0, 12).join('\n') : text}\n`);
  }
  const macro = evaluateMany(reports);
  if (args.json) console.log(JSON.stringify({ reports, macro }, null, 2));
  else console.log(formatMacro(macro));
}

main().catch((e: unknown) => {
  console.error(`eval-extraction: ${oneLine(e)}`);
  process.exit(1);
});
