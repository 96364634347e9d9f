/**
 * Reads gold files and the documents they annotate from disk — the harness's only
 * file-system edge. Document text is normalised the way intake does (LF line ends,
 * NFC) so offsets and quotes agree with what the extractor sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../core/errors.js';
import { parseGold, type Gold } from './gold.js';

export interface GoldCase {
  readonly goldPath: string;
  readonly documentPath: string;
  readonly gold: Gold;
  readonly text: string;
}

export function normaliseDocumentText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC');
}

export function listGoldFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(dir, f));
}

export function loadGoldCase(goldPath: string): GoldCase {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (e) {
    throw new WorkbenchError('invalid_input', `cannot read gold file ${goldPath}: ${(e as Error).message.split('\n')[0]}`);
  }
  const gold = parseGold(json, path.basename(goldPath));
  const documentPath = path.resolve(path.dirname(goldPath), gold.document);
  let raw: string;
  try {
    raw = readFileSync(documentPath, 'utf8');
  } catch {
    throw new WorkbenchError('not_found', `gold ${path.basename(goldPath)}: document ${documentPath} not found`);
  }
  return { goldPath, documentPath, gold, text: normaliseDocumentText(raw) };
}
