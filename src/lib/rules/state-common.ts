/** What every tool's URL state shares: the parse result and a query writer. */

export interface Parsed<S> {
  state: S;
  notices: string[];
}

/** A URL query from entries; undefined values are left out, arrays repeat the key. */
export const toQuery = (entries: [string, string | readonly string[] | number | undefined][]) => {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    for (const v of typeof value === 'object' ? value : [value]) params.append(key, String(v));
  }
  return params;
};
