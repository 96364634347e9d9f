#!/usr/bin/env bash
# Lists, or with `drop` removes, the scratch databases (cellgraph_test_*) that
# interrupted PostgreSQL test runs leave behind. Uses CELLGRAPH_TEST_PG like the tests.
set -euo pipefail
url="${CELLGRAPH_TEST_PG:-postgres://postgres@127.0.0.1:5432/test}"
dbs=$(psql "$url" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'cellgraph\_test\_%' ORDER BY 1")
if [ "${1:-}" != "drop" ]; then
  if [ -n "$dbs" ]; then echo "$dbs"; echo "(run '$0 drop' to remove them)"; else echo "no scratch databases"; fi
  exit 0
fi
for db in $dbs; do
  psql "$url" -qc "DROP DATABASE \"$db\" WITH (FORCE)"
  echo "dropped $db"
done
