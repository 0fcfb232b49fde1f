/**
 * The command line of `npm run bench` (compare.ts). Pure, unit-tested in tests/unit/bench-options.test.ts.
 */

export const PAGE_TYPES = ['home', 'document', 'tool', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface Options {
  /** Runs a side of every measure. */
  runs: number;
  pages: PageType[];
  document?: string;
  query?: string;
}

export const USAGE =
  'Usage: npm run bench -- [--runs N] [--pages home,document,tool,search] [--document <trust>/<document>] [--query <word>]';

/** Reads `--runs 5`, `--runs=5` and the others; throws with the usage on anything else. */
export function parseOptions(argv: readonly string[]): Options {
  const options: Options = { runs: 5, pages: [...PAGE_TYPES] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === '--runs') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--runs ${v}: give a whole number of runs, at least 1. ${USAGE}`);
      options.runs = n;
    } else if (flag === '--pages') {
      const v = value();
      const pages = v.split(',').map((p) => p.trim()).filter(Boolean);
      const unknown = pages.filter((p) => !(PAGE_TYPES as readonly string[]).includes(p));
      if (unknown.length || pages.length === 0) throw new Error(`--pages ${v}: the page types are ${PAGE_TYPES.join(', ')}. ${USAGE}`);
      options.pages = PAGE_TYPES.filter((p) => pages.includes(p));
    } else if (flag === '--document') options.document = value();
    else if (flag === '--query') options.query = value();
    else throw new Error(`Unknown option ${arg}. ${USAGE}`);
  }
  return options;
}
