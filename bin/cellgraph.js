#!/usr/bin/env node
// Thin shim: the CLI lives in dist/ (built by `npm run build`).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`cellgraph export | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
