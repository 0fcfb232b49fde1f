/**
 * The import report, as Markdown: printed by `npm run import` and saved beside the source
 * (content/sources/<trust>/<slug>.import.md). It says what the importer found, what it was unsure
 * of, and what it offers the editor to do next.
 */
import type { ImportReport } from './index.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const lineList = (lines: readonly number[]) => (lines.length <= 8 ? lines.join(', ') : `${lines.slice(0, 8).join(', ')} and ${lines.length - 8} more`);

export function formatReport(report: ImportReport, files: { mdx: string; source: string; declaration: string }): string {
  const out: string[] = [];
  out.push(`# Import report: ${report.document}`, '');
  out.push(`- Page: \`${files.mdx}\``, `- Source text: \`${files.source}\` (${report.origin})`, `- Furniture declared in: \`${files.declaration}\``);
  if (report.parts.length > 1) {
    out.push(`- The source holds ${report.parts.length} documents; this page is document ${report.part} (lines ${report.parts[report.part - 1]!.from}–${report.parts[report.part - 1]!.to}).`);
  }
  out.push('', '## Clauses found', '');
  out.push(report.clauses.length === 0 ? 'No numbered clause or heading: the page has no clause addresses.' : `${plural(report.clauses.length, 'address', 'addresses')}: ${report.clauses.join(', ')}`);

  out.push('', '## Numbering the importer was unsure of', '');
  if (report.unsure.length === 0) out.push('None.');
  for (const flag of report.unsure) out.push(`- line ${flag.line} (${flag.kind}): ${flag.message}`);

  out.push('', '## Sentences of the source not yet on the page', '');
  if (report.missing.length === 0) out.push(`None: all ${report.sentences} sentences of the source are on the page.`);
  else {
    out.push(`${report.missing.length} of ${report.sentences} sentences are not on the page yet:`);
    for (const s of report.missing) out.push(`- line ${s.line}: "${s.text}"`);
  }

  out.push('', '## Furniture removed', '');
  if (report.furniture.length === 0 && report.outside.length === 0) out.push('None found.');
  for (const f of report.furniture) out.push(`- ${f.why}: ${plural(f.lines.length, 'line')} (${lineList(f.lines)})`);
  for (const o of report.outside) out.push(`- outside the text, ${o.where}: "${o.text.length > 120 ? `${o.text.slice(0, 117)}…` : o.text}" (${o.why})`);
  if (report.furniture.length > 0 || report.outside.length > 0) out.push('', 'Each kind is declared with its reason in the furniture file; nothing else is left out.');

  out.push('', '## Frontmatter to review', '');
  if (report.review.length === 0) out.push('Nothing was guessed.');
  for (const r of report.review) out.push(`- \`${r.field}\`: ${r.note}`);
  if (report.empty.length > 0) out.push('', `Not given by the text, so left empty: ${report.empty.map((f) => `\`${f}\``).join(', ')}.`);
  out.push('', '`npm run verify` lists these under REVIEW until you delete each from the `review` field of the page.');

  out.push('', '## Acronyms defined in the text', '');
  const offered = report.acronyms.filter((a) => !a.known);
  const known = report.acronyms.filter((a) => a.known);
  if (offered.length === 0) out.push(report.acronyms.length === 0 ? 'None found.' : 'None that the glossary lacks.');
  else {
    out.push('Offered for `content/glossary/terms.yaml` (check each, then paste it in):', '', '```yaml');
    for (const a of offered) {
      out.push(`- term: ${a.term}`, `  expansion: ${JSON.stringify(a.expansion)}`);
      if (a.clause) out.push('  expandedInSource: true', `  citation: { document: ${report.document}, clause: ${JSON.stringify(a.clause)} }`);
      else out.push(`  expandedInSource: false  # spelled out at line ${a.line}, outside any numbered clause: there is no clause to cite`, `  note: ${JSON.stringify(`Spelled out in ${report.document}, outside its numbered clauses.`)}`);
    }
    out.push('```');
  }
  if (known.length > 0) out.push('', `Already in the glossary: ${known.map((a) => a.term).join(', ')}.`);

  out.push('', '## Candidate rule clauses', '');
  if (report.rules.length === 0) out.push('None found.');
  else {
    out.push('The importer writes no rule. Each command scaffolds a draft rule file with the words quoted and the rest left for you (see CONTRIBUTING.md, "Adding a rule"):', '');
    for (const r of report.rules) {
      out.push(`- ${r.kind}, ${r.clause ? `clause ${r.clause}` : `line ${r.line} (no clause: give it an address first)`}: "${r.words}"${r.command ? `\n  \`${r.command}\`` : ''}`);
    }
  }

  if (report.merge) {
    const m = report.merge;
    out.push('', '## Re-import', '');
    out.push(`- unchanged, the editor's marks kept: ${m.kept.length === 0 ? 'none' : m.kept.join(', ')}`);
    out.push(`- words changed: ${m.changed.length === 0 ? 'none' : m.changed.map((c) => `${c.id}${c.marks ? ' (had <Duty> marks: mark it again)' : ''}`).join(', ')}`);
    out.push(`- new clauses: ${m.appeared.length === 0 ? 'none' : m.appeared.join(', ')}`);
    out.push(`- clauses no longer in the text: ${m.disappeared.length === 0 ? 'none' : `${m.disappeared.join(', ')} (anything that cites them fails the build until it is updated)`}`);
    for (const note of m.notes) out.push(`- ${note}`);
  }
  out.push('', '## Next', '', 'Run `npm run verify`: it builds the site and checks the page against its source.', '');
  return out.join('\n');
}
