/**
 * Expands the paths given on the command line into the files to read: directories are
 * walked recursively in sorted order (so runs are reproducible), hidden entries are
 * ignored, and files of a type we do not read are reported as skipped, not as errors.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatOf } from './formats.js';
import { fsError } from './fs-errors.js';

export interface InputList {
  readonly files: string[];
  readonly skipped: Array<{ path: string; reason: string }>;
}

export async function listInputs(paths: string[]): Promise<InputList> {
  const files: string[] = [];
  const skipped: Array<{ path: string; reason: string }> = [];
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (e) {
      throw fsError(given, e);
    }
    if (info.isDirectory()) await walk(given, files, skipped);
    else keep(given, files, skipped);
  }
  return { files: [...new Set(files)], skipped };
}

async function walk(dir: string, files: string[], skipped: InputList['skipped']): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, files, skipped);
    else if (entry.isFile()) keep(full, files, skipped);
    else if (entry.isSymbolicLink()) await followLink(full, files, skipped);
  }
}

/** Linked files are read; linked directories are not followed (they can loop). */
async function followLink(full: string, files: string[], skipped: InputList['skipped']): Promise<void> {
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) keep(full, files, skipped);
  else skipped.push({ path: full, reason: info ? 'symbolic link to a directory not followed' : 'broken symbolic link' });
}

function keep(file: string, files: string[], skipped: InputList['skipped']): void {
  if (formatOf(file)) files.push(file);
  else skipped.push({ path: file, reason: `unsupported file type${path.extname(file) ? ` ${path.extname(file)}` : ''}` });
}
