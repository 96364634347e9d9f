/**
 * Paging done after the policy filter, so a page is never short because of rows the
 * viewer cannot see and an offset never counts them. Matches the engines: no limit (or
 * a negative one) means all rows.
 */
export function page<T>(rows: readonly T[], options: { readonly limit?: number; readonly offset?: number }): T[] {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = options.limit;
  if (limit === undefined || limit < 0) return rows.slice(offset);
  return rows.slice(offset, offset + Math.floor(limit));
}

/** The filter without its page, to ask the store for every candidate row. */
export function unpaged<F extends { readonly limit?: number; readonly offset?: number }>(filter: F): Omit<F, 'limit' | 'offset'> {
  const { limit: _limit, offset: _offset, ...rest } = filter;
  return rest;
}

/**
 * The page of rows passing `keep`, read from an engine in growing chunks until the
 * page is full or the rows run out: a first page of a large ledger costs a few small
 * reads instead of one read of everything. `read(undefined, 0)` asks for every row.
 */
export async function filteredPage<T>(
  read: (limit: number | undefined, offset: number) => Promise<T[]>,
  keep: (row: T) => boolean,
  options: { readonly limit?: number; readonly offset?: number },
): Promise<T[]> {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  if (options.limit === undefined || options.limit < 0) return page((await read(undefined, 0)).filter(keep), { offset });
  const wanted = offset + Math.floor(options.limit);
  const out: T[] = [];
  let at = 0;
  let chunk = Math.max(256, wanted * 2);
  while (out.length < wanted) {
    const rows = await read(chunk, at);
    for (const row of rows) if (keep(row)) out.push(row);
    if (rows.length < chunk) break;
    at += rows.length;
    chunk *= 2;
  }
  return out.slice(offset, wanted);
}
