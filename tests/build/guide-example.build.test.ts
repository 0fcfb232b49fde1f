/**
 * The worked example of the editors' guide (content/docs/about/adding-your-trust.mdx) works as
 * written. The steps are read from the guide itself, so the two cannot drift: under its "Worked
 * example" heading, every code block titled "Run" is a list of commands, run in order in a copy
 * of the project, and every block titled with a file path is the editor's change to that file,
 * applied at that point:
 * - a YAML file is written whole; a title ending "(add at the end)" appends the block;
 * - a page (.mdx): a block that starts with the frontmatter replaces the top of the page, down to
 *   its last `import` line, and each `<Clause n="…">…</Clause>` replaces the clause with that address.
 * Blocks of other titles (output) are not run. The test checks that every command ends clean, that
 * the last `npm run verify` says "All checks passed." with nothing left under REVIEW, and that the
 * trust, the document and the clause address the guide names are built. It prints each step's
 * time and how many lines of the imported page the editor changed by hand.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseSource } from '../../src/lib/clauses';
import { differingLines, makeProjectCopy } from './copy';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = join(ROOT, 'content/docs/about/adding-your-trust.mdx');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Block {
  lang: string;
  title: string;
  body: string;
}

/** The code blocks of the guide's worked example, in order. */
export function exampleBlocks(guide: string): Block[] {
  // The section runs to the next "## " heading outside a code block (the report's output has its own).
  const lines = guide.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## Worked example'));
  if (start < 0) throw new Error('The guide has no "## Worked example" section.');
  let fenced = false;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]!.startsWith('```')) fenced = !fenced;
    else if (!fenced && lines[i]!.startsWith('## ')) {
      end = i;
      break;
    }
  }
  const section = `${lines.slice(start, end).join('\n')}\n`;
  return [...section.matchAll(/^```(\w+)(?: title="([^"]*)")?\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, title: m[2] ?? '', body: m[3]! }));
}

/** Splits a command line into words, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

interface Step {
  name: string;
  status: number | null;
  output: string;
  seconds: number;
}

const blocks = exampleBlocks(readFileSync(GUIDE, 'utf8'));
const commands = blocks.filter((b) => b.title === 'Run').flatMap((b) => b.body.split('\n').filter((l) => l.trim() && !l.startsWith('#')));
const edits = blocks.filter((b) => b.title.startsWith('content/'));
let dir: string;
const steps: Step[] = [];
const imported = new Map<string, string>();

function run(line: string): Step {
  const [npm, verb, script, dashes, ...args] = words(line);
  if (npm !== 'npm' || verb !== 'run' || !script || (dashes !== undefined && dashes !== '--')) throw new Error(`The guide's example runs "${line}": only "npm run <script> -- …" is understood.`);
  const [node, file, ...fixed] = words(scripts[script] ?? '');
  if (node !== 'node' || !file) throw new Error(`package.json's script "${script}" is not "node <file>".`);
  const started = performance.now();
  const out = spawnSync(process.execPath, [file, ...fixed, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const step = { name: line, status: out.status, output: `${out.stdout}${out.stderr}`, seconds: (performance.now() - started) / 1000 };
  steps.push(step);
  if (script === 'import') {
    const page = /^Wrote .*?(content\/docs\/\S+\.mdx)/m.exec(step.output)?.[1];
    if (page) imported.set(page, readFileSync(join(dir, page), 'utf8'));
  }
  return step;
}

function apply(block: Block) {
  const append = block.title.endsWith(' (add at the end)');
  const path = block.title.replace(/ \(add at the end\)$/, '');
  const file = join(dir, path);
  if (append) return appendFileSync(file, block.body);
  if (!path.endsWith('.mdx')) {
    mkdirSync(dirname(file), { recursive: true });
    return writeFileSync(file, block.body);
  }
  let page = readFileSync(file, 'utf8');
  if (block.body.startsWith('---\n')) {
    const lines = page.split('\n');
    const last = lines.findLastIndex((l, i) => l.startsWith('import ') && i < lines.findIndex((x) => x.startsWith('<Clause') || x.startsWith('## ')));
    if (last < 0) throw new Error(`${path} has no import line for the guide's frontmatter block to replace up to.`);
    page = block.body + lines.slice(last + 1).join('\n');
  }
  for (const m of block.body.matchAll(/^<Clause n="([^"]+)"[^>]*>\n[\s\S]*?^<\/Clause>$/gm)) {
    const old = new RegExp(`^<Clause n="${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>\\n[\\s\\S]*?^</Clause>$`, 'm');
    if (!old.test(page)) throw new Error(`${path} has no clause ${m[1]} for the guide's block to replace.`);
    page = page.replace(old, () => m[0]);
  }
  writeFileSync(file, page);
}

beforeAll(() => {
  dir = makeProjectCopy('guide-example', ['tests/fixtures/guide']);
  // The guide's blocks, in its order: each command run, each file change applied where it stands.
  for (const block of blocks) {
    if (block.title === 'Run') {
      for (const line of block.body.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
        if (run(line).status !== 0) return;
      }
    } else if (edits.includes(block)) {
      apply(block);
    }
  }
}, 600_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the editors' guide's worked example", () => {
  it('is read from the guide: commands to run, files to change, a document to import', () => {
    expect(commands.some((c) => c.startsWith('npm run import -- '))).toBe(true);
    expect(commands.filter((c) => c === 'npm run verify').length).toBeGreaterThan(0);
    expect(commands.at(-1)).toBe('npm run verify');
    expect(edits.length).toBeGreaterThan(0);
    const file = words(commands.find((c) => c.startsWith('npm run import -- '))!)[4]!;
    expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('runs every command of the guide, each ending clean', () => {
    expect(steps.map((s) => s.name)).toEqual(commands);
    for (const s of steps) expect(s.status, `${s.name}\n${s.output.slice(-3000)}`).toBe(0);
  });

  it('ends with npm run verify passing, every clause reviewed and nothing left to review', () => {
    const last = steps.at(-1)!;
    expect(last.output).toContain('All checks passed.');
    expect(last.output).not.toMatch(/^\s*PROBLEM/m);
    const trust = words(commands.find((c) => c.startsWith('npm run new:trust -- '))!)[4]!;
    const block = last.output.split(/\n(?=\S)/).find((b) => b.startsWith(`${trust}/`));
    expect(block, last.output.slice(-3000)).toBeDefined();
    expect(block).not.toContain('REVIEW');
    expect(block).not.toContain('unreviewed');
    expect(block).toMatch(/sentences {3}(\d+) of \1 found verbatim/);
  });

  it('builds the trust, the document and the clause address the guide names', () => {
    const text = blocks.length ? readFileSync(GUIDE, 'utf8') : '';
    const [, trust, doc, clause] = /`\/([a-z0-9-]+)\/([a-z0-9-]+)\/#([^`]+)`/.exec(text.slice(text.search(/^## Worked example/m)))!;
    expect(existsSync(join(dir, 'dist', trust!, 'index.html'))).toBe(true);
    const page = readFileSync(join(dir, 'dist', trust!, doc!, 'index.html'), 'utf8');
    expect(page).toContain(`id="${clause}"`);
    const mdx = readFileSync(join(dir, 'content/docs', trust!, `${doc}.mdx`), 'utf8');
    expect(clauseSource(mdx, clause!)).toBeTruthy();
  });

  it('reports the time of each step and the lines the editor changed by hand', () => {
    for (const [path, first] of imported) {
      const now = readFileSync(join(dir, path), 'utf8');
      const changed = differingLines(first.split('\n'), now.split('\n'));
      console.log(`${path}: ${first.split('\n').length} lines imported, ${changed} lines differ after the guide's hand edits`);
      expect(changed).toBeGreaterThan(0);
    }
    for (const s of steps) console.log(`${s.seconds.toFixed(1).padStart(6)} s  ${s.name}`);
    expect(imported.size).toBeGreaterThan(0);
  });
});
