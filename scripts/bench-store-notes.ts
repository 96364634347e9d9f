/**
 * The fixed part of the bench:store section: how a Cellgraph ledger grows past one
 * PostgreSQL server with standard tooling, and which schema choices keep that open.
 */
export const SCALING_NOTES = `### Beyond one machine

Everything above runs on one server. The PostgreSQL engine is plain SQL on ordinary tables, so the usual tools apply without changes to Cellgraph:

- **Read replicas for the API.** Reads on the store run on a pool outside any transaction and see committed data only; writes always go through \`transaction\`. An API process can therefore open a read-only store (\`openPostgresStore(url, { readonly: true })\`) against a streaming replica for listings, search, neighbourhoods and projections, and a separate store against the primary for curation. Replica lag shows up as a few seconds' staleness, never as a half-applied user action, because each action is one transaction.
- **Partitioning claims by time.** Schema v2 stores each claim's validity as plain ISO days (\`valid_start\`, \`valid_end\`, open ends as \`0000-01-01\`/\`9999-12-31\`). A large ledger can range-partition \`claims\` on \`valid_start\` (say, one partition per decade plus one for undated claims); as-of queries carry \`valid_start <= end-of-date\`, so the planner prunes partitions that start after the date. The primary key would become \`(seq, valid_start)\`, the usual cost of partitioning, and \`claim_evidence\` keeps referencing \`seq\`.
- **Citus distribution by entity.** Claims are read by subject or object and neighbourhoods expand frontiers of entity ids, so distributing \`claims\` on \`subject\` (with a second, object-keyed copy or a reference lookup for the reverse direction), and \`entities\`, \`mentions\` and \`name_keys\` on the entity id co-locates most of a hop on one worker. Small, read-everywhere tables (\`documents\` metadata, \`merges\`, \`same_as\`) fit Citus reference tables.

Choices that keep this open: every table has a surrogate \`seq\` and a public text \`id\`, and no foreign key points at a row by position; merges are recorded, not rewritten (a \`canonical\` column per entity), so a merge touches one entity row, not every claim on every shard; validity bounds are ordinary indexed columns, not expressions; one user action is one transaction with no cross-request state; and the neighbourhood expands whole frontiers per query (two round trips for two hops), which is what a distributed planner handles well.`;
