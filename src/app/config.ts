/**
 * Configuration, parsed once at the edge and passed in. This is the only module
 * that reads the environment.
 */
export interface StoreConfig {
  /** SQLite file (the embedded default). */
  readonly db: string;
  /** PostgreSQL connection string; when set it wins over `db`. */
  readonly databaseUrl: string | null;
}

export function storeConfig(flags: { db?: string }, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  return {
    db: flags.db ?? './cellgraph.db',
    databaseUrl: flags.db ? null : (env.DATABASE_URL?.trim() || null),
  };
}

/** Who is acting, for the merge history and review records: --by, else the login name. */
export function actorName(flags: { by?: string }, env: NodeJS.ProcessEnv = process.env): string {
  return flags.by?.trim() || env.CELLGRAPH_USER?.trim() || env.USER?.trim() || 'analyst';
}

/** Where headless Chromium lives (PDF briefs): CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}
