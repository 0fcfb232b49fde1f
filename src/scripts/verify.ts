/**
 * The editor's check: `npm run verify`.
 *
 * Builds the site when the content is newer than the last build (the build runs the schema,
 * reference and quotation checks and fails with the file and the field), then checks the build:
 * every sentence of each document's source text is on its page (src/scripts/sources.ts) and no
 * internal link is broken. Prints, per document, its clauses, the sentences found verbatim out of
 * those in its source, the furniture dropped and every problem with its file and line, and how far
 * the clause-by-clause review of each document has got (the clauses with no review entry yet); exits
 * 1 when there is a problem. A review under way is not a problem: the page says so. It also lists,
 * as REVIEW, every frontmatter field `npm run import` filled in that an editor has not yet checked
 * (the page's `review` list): not a problem, but shown until the entry is deleted. No browser is
 * started, so it takes seconds after a build.
 *
 * Options: `--build` builds even when the last build looks current; `--dist <dir>` checks another
 * build folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brokenLinks } from '../plugins/link-check.ts';
import { checkSources, droppedSummary, type SourceCheck } from './sources.ts';
import { checkReviews, type DocumentReviewCheck } from './reviews.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What a build is made from: when any of it is newer than the build, the build is out of date. */
const INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Why the build in `dist` must be made again, or undefined when it is current. */
export function staleReason(root: string, dist: string): string | undefined {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return `there is no build in ${dist}`;
  const changed = INPUTS.find((input) => newest(join(root, input)) > statSync(built).mtimeMs);
  return changed ? `${changed} changed since the last build` : undefined;
}

/** Runs `astro build`; on failure prints the build's own message (it names the file and the field). */
function build(root: string): boolean {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status === 0) return true;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd().split('\n');
  console.log(output.slice(-40).join('\n'));
  return false;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "review 38 of 40 clauses (95%), 2 findings; content/reviews/…", then the clauses not yet reviewed. */
function reviewLines(review: DocumentReviewCheck | undefined): string[] {
  if (!review) return [];
  const c = review.coverage;
  const where = review.exists ? review.file : `no ${review.file} yet`;
  const lines = [`  review      ${c.reviewed} of ${c.total} clauses (${c.percent}%), ${plural(c.findings, 'finding')}; ${where}`];
  if (c.unreviewed.length > 0) lines.push(`  unreviewed  ${c.unreviewed.join(', ')}`);
  for (const problem of review.problems) lines.push(`  PROBLEM     ${problem}`);
  return lines;
}

function report(check: SourceCheck, reviews: readonly DocumentReviewCheck[]): string[] {
  const found = check.sentences - check.missing.length;
  const lines = check.documents.map((doc) => {
    const review = reviews.find((r) => r.document === doc.id);
    const actions = review ? review.coverage.total - doc.clauses : 0;
    const clauses = `  clauses     ${doc.clauses}${actions > 0 ? `, and ${plural(actions, 'action')} of a plan printed in it` : ''}`;
    return [`${doc.id}  (${doc.file})`, clauses, ...reviewLines(review)].join('\n');
  });
  const shared = check.documents.length > 1 ? ` (one source, shown as ${check.documents.length} documents)` : '';
  lines.push(
    `  source      content/sources/${check.source}${shared}`,
    `  sentences   ${found} of ${check.sentences} found verbatim`,
    `  furniture   ${plural(check.dropped.length, 'line')} dropped: ${droppedSummary(check.dropped)}`,
  );
  if (check.markupLines.length > 0) lines.push(`  markup      export markup removed on ${plural(check.markupLines.length, 'line')}, the words kept`);
  for (const o of check.outside) lines.push(`  outside     ${o.where}: ${o.why}`);
  for (const doc of check.documents) {
    for (const r of doc.review) lines.push(`  REVIEW      ${doc.file}: ${r.field}: ${r.note}`);
  }
  for (const problem of check.problems) lines.push(`  PROBLEM     ${problem}`);
  for (const s of check.missing) lines.push(`  PROBLEM     content/sources/${check.source}:${s.line}: not on the page: "${s.text}"`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const distAt = argv.indexOf('--dist');
  const dist = distAt >= 0 ? resolve(argv[distAt + 1] ?? 'dist') : join(ROOT, 'dist');
  const why = argv.includes('--build') ? 'asked to build' : staleReason(ROOT, dist);
  if (why) {
    console.log(`Building the site first (${why}); this checks every schema, reference and quotation…`);
    if (!build(ROOT)) {
      console.log('\nThe build failed: the message above names the file and what was expected. Correct it and run npm run verify again.');
      return 1;
    }
    console.log('Build passed: schemas, references and quotations are sound.\n');
  } else {
    console.log(`Checking the build in ${dist} (current: schemas, references and quotations passed when it was built).\n`);
  }

  let problems = 0;
  let toReview = 0;
  const checks = checkSources(ROOT, dist);
  const reviews = checkReviews(ROOT, checks.flatMap((c) => c.documents));
  for (const check of checks) {
    console.log(`${report(check, reviews).join('\n')}\n`);
    problems += check.problems.length + check.missing.length;
    toReview += check.documents.reduce((n, doc) => n + doc.review.length, 0);
  }
  problems += reviews.reduce((n, r) => n + r.problems.length, 0);
  const total = reviews.reduce((n, r) => n + r.coverage.total, 0);
  const reviewed = reviews.reduce((n, r) => n + r.coverage.reviewed, 0);
  console.log(`Reviews     ${reviewed} of ${total} clauses reviewed across ${plural(reviews.length, 'document')}${reviewed < total ? ' (a review under way is shown on its page)' : ''}`);
  const links = await brokenLinks(dist);
  console.log(links.length === 0 ? 'Links       no broken internal link' : `Links       ${plural(links.length, 'broken internal link')}:`);
  for (const link of links) console.log(`  PROBLEM     ${link}`);
  problems += links.length;

  console.log(problems === 0 ? '\nAll checks passed.' : `\n${plural(problems, 'problem')} to correct (listed above with file and line).`);
  if (toReview > 0) {
    console.log(`${plural(toReview, 'field')} filled in by the importer still to review (REVIEW above): check each against the source, then delete its entry from the page's "review" list.`);
  }
  return problems === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
