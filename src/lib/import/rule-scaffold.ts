/**
 * A draft rule file for a clause the importer found with rule words: `npm run new:rule`. The
 * clause's words are quoted as they stand in the page (the build checks every quotation), and
 * every field only an editor can fill is left empty with a REPLACE note. The draft is written as
 * content/rules/_draft-….yaml: files starting with "_" are not read by the site, so a half-done
 * rule never reaches a tool; the editor renames it when it is complete.
 */
import type { RuleKind } from './findings.ts';

export const RULE_KINDS: readonly RuleKind[] = ['quorum', 'vote', 'attendance', 'interests', 'protocol'];

const q = (text: string) => JSON.stringify(text);

/** What each kind needs beyond the common fields, as YAML lines to fill in (src/schemas/rule.ts). */
const KIND_FIELDS: Record<RuleKind, string[]> = {
  quorum: [
    '# REPLACE: everyone whose presence the clause counts, labelled as printed: { id, label, partner }',
    'attendees: []',
    '# REPLACE: the seats, each filled by any one group of attendees: { id, label, anyOf: [[attendee-id]] }',
    'seats: []',
    'params:',
    '  minimum: 0 # REPLACE: how many seats must be filled, as the clause says',
    '  excludeSeats: []',
  ],
  vote: [
    '# REPLACE: `{ mode: counted }` when the clause lists no voters, else `{ mode: listed, partners: […], test: { citation, words } }`',
    'voters: { mode: counted }',
    '# REPLACE: the casting vote as quoted ({ quote: { citation, words }, use: may | has }), or null when the clause gives none',
    'castingVote: null',
    'params:',
    '  majority: more-for-than-against # REPLACE if the clause says otherwise (majority-of-eligible)',
  ],
  attendance: [
    'year: "" # REPLACE: the year as printed, e.g. "April to March"',
    '# REPLACE: the year\'s meetings in order: { id, label }',
    'meetings: []',
    'params:',
    '  minimum: 0 # REPLACE: meetings to attend in the year',
    '  deputyAllowance: 0 # REPLACE: meetings a deputy may attend',
    '  deputyCounts: false # REPLACE: whether a deputy\'s attendance counts',
  ],
  interests: [
    '# REPLACE: what applies when no question is answered yes, with the words it rests on',
    'base: { outcome: declare, quote: { citation: { document: DOCUMENT, clause: "CLAUSE" }, words: "" } }',
    '# REPLACE: yes/no questions: { id, label, outcome, quote }',
    'questions: []',
    'params:',
    '  strategicNeedsDeclaring: false # REPLACE',
  ],
  protocol: [
    'start: "" # REPLACE: the id of the first step',
    '# REPLACE: the steps, each citing its clause, with transitions (and waits) or an outcome',
    'steps: []',
    'params:',
    '  clearDays: false # REPLACE: whether waiting periods are counted in clear days',
  ],
};

export interface ScaffoldInput {
  document: string;
  clause: string;
  kind: RuleKind;
  /** The clause's words, as the build's quotation check reads them. */
  words: string;
  /** The command that made it, for the header comment. */
  command: string;
}

export function ruleScaffold(input: ScaffoldInput): string {
  const trust = input.document.split('/')[0]!;
  const id = `${trust}-${input.kind}`;
  const citation = `{ document: ${input.document}, clause: ${q(input.clause)} }`;
  const lines = [
    `# Draft ${input.kind} rule from clause ${input.clause} of ${input.document}, made by \`${input.command}\`.`,
    '# Not on the site yet: files whose name starts with "_" are not read. Fill in every REPLACE',
    `# (fields: src/schemas/rule.ts; how: CONTRIBUTING.md, "Adding a rule"), then rename this file to ${id}.yaml.`,
    '# If the clause sets no such rule after all, make it `provision: not-stated` with `document`,',
    '# `finding` and `nearest` instead. The quoted words are the clause\'s own: keep only those that set the rule.',
    `id: ${id}`,
    `kind: ${input.kind}`,
    'provision: stated',
    `trust: ${trust}`,
    'title: "" # REPLACE: the question the tool answers, e.g. "Is the … Board quorate?"',
    'summary: "" # REPLACE: one or two plain sentences on what the tool answers',
    'bodies: [] # REPLACE: the bodies (content/bodies/) the rule governs',
    'statement:',
    `  - citation: ${citation}`,
    `    words: ${q(input.words)}`,
    'citations:',
    `  - ${citation}`,
    ...KIND_FIELDS[input.kind].map((l) => l.replace('DOCUMENT', input.document).replace('"CLAUSE"', q(input.clause))),
    '# REPLACE: worked examples (a URL query and the verdict), checked at build',
    'examples: []',
    'readings: []',
    '',
  ];
  return lines.join('\n');
}
