/**
 * What every tool's state in the URL shares (see state.ts): the parsed state with its notices, and writing a query back.
 */
export interface Parsed<S> {
  state: S;
  notices: string[];
}

export const query = (entries: [string, string | readonly string[] | number | undefined][]) => {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    for (const v of typeof value === 'object' ? value : [value]) params.append(key, String(v));
  }
  return params;
};
