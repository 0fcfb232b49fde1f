import { describe, expect, it } from 'vitest';
import { warningLines } from '../../src/lib/build-log';
import { isAstroHeadInjectDirective, onBundlerWarning, type BundlerWarning } from '../../src/plugins/known-warnings';

const ESC = '\u001b';

/** Lines as `npm run build` printed them before the build was cleaned up (colours included). */
const BEFORE = [
  '> astro build',
  '21:26:08 [build] Building static entrypoints...',
  `21:26:14 [WARN] [vite] ${ESC}[33m[MODULE_LEVEL_DIRECTIVE] ${ESC}[0mThe semantics of the module level directive "use astro:head-inject" in "content/docs/kent/cabinet-report-2010.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
  `   ${ESC}[38;5;246m╭${ESC}[0m${ESC}[38;5;246m─${ESC}[0m${ESC}[38;5;246m[${ESC}[0m content/docs/kent/cabinet-report-2010.mdx?astroPropagatedAssets:2:6 ${ESC}[38;5;246m]${ESC}[0m`,
  ` ${ESC}[38;5;240m  │${ESC}[0m ${ESC}[38;5;115mHelp${ESC}[0m: For more information, see https://rolldown.rs/in-depth/directives#other-directives`,
  '21:26:14 [vite] ✓ built in 5.82s',
  ' generating static routes ',
  '21:26:14 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.',
  '21:26:15   ├─ /404.html21:26:15 [WARN] [content] Entry docs → 404 was not found.',
  ' (+62ms) ',
  '21:26:15   ├─ /briefings/index.html (+20ms) ',
].join('\n');

/** A clean build's lines, some with words that are not markers. */
const CLEAN = [
  '21:45:21   ├─ /404.html (+349ms) ',
  '21:45:21   ├─ /partners/warning-signs/index.html (+13ms) ',
  '21:45:46 [governance-link-check] Checked the internal links in 427 ms.',
  '21:45:46 [governance-csp] Content Security Policy written into 97 pages (566 inline scripts and 17 inline styles hashed).',
  '21:45:46 [build] 97 page(s) built in 42.01s',
  '21:45:46 [build] Complete!',
].join('\r\n');

describe('warningLines', () => {
  it('finds each warning once, without its code frame, even in the middle of a route line', () => {
    expect(warningLines(BEFORE)).toEqual([
      '21:26:14 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/docs/kent/cabinet-report-2010.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      '21:26:14 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.',
      '21:26:15   ├─ /404.html21:26:15 [WARN] [content] Entry docs → 404 was not found.',
    ]);
  });

  it('a clean build has none', () => {
    expect(warningLines(CLEAN)).toEqual([]);
    expect(warningLines('')).toEqual([]);
  });

  it("counts errors, and Vite's, Node's, npm's and esbuild's own warnings", () => {
    const log = [
      '10:00:00 [ERROR] [vite] x Build failed',
      '(!) Some chunks are larger than 500 kB after minification.',
      '(node:4242) [DEP0040] DeprecationWarning: The `punycode` module is deprecated.',
      '(node:4242) ExperimentalWarning: Type Stripping is an experimental feature',
      'npm warn config production Use `--omit=dev` instead.',
      '▲ [WARNING] Duplicate key "x" in object literal [duplicate-object-key]',
    ];
    expect(warningLines(log.join('\n'))).toEqual(log);
  });
});

describe('known bundler warnings', () => {
  const headInject: BundlerWarning = {
    code: 'MODULE_LEVEL_DIRECTIVE',
    message: 'The semantics of the module level directive "use astro:head-inject" in "content/docs/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  };
  const useClient: BundlerWarning = {
    code: 'MODULE_LEVEL_DIRECTIVE',
    message: 'The semantics of the module level directive "use client" in "node_modules/some-ui/index.js" may not be preserved when bundling.',
  };

  it("only Astro's own head-inject directive is dropped", () => {
    expect(isAstroHeadInjectDirective(headInject)).toBe(true);
    expect(isAstroHeadInjectDirective(useClient)).toBe(false);
    expect(isAstroHeadInjectDirective({ code: 'EVAL', message: headInject.message })).toBe(false);
  });

  it('every other warning is handed to the default printer', () => {
    const printed: BundlerWarning[] = [];
    for (const warning of [headInject, useClient, { message: 'no code' }]) onBundlerWarning(warning, (w) => printed.push(w));
    expect(printed).toEqual([useClient, { message: 'no code' }]);
  });
});
