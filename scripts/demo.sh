#!/usr/bin/env bash
# One command on a fresh clone: install, build, and run the main job — ingest the
# bundled example reports into ./cellgraph.db (SQLite) and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
node bin/cellgraph.js demo "$@"
