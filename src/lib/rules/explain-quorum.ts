/** What the quorum tool says for a state: the verdict, its reasons, and each reading's answer where it differs. */
import { OTHER, organisationChoices, quorumForItem, type QuorumResult } from './quorum';
import { withOverrides } from './readings';
import { askedOrganisations, type QuorumState } from './state-quorum';
import type { QuorumParams, QuorumRule } from './types';
import { answersFor, count, names, verdictOf, type Verdict } from './verdict';

// Quorum -----------------------------------------------------------------------------------------

function quorumHeadline(r: QuorumResult): string {
  const by = r.filledBy.map((f) => `${f.seat.label} by the ${f.attendee.label}`).join('; ');
  return (
    `${r.verdict === 'quorate' ? 'Quorate' : 'Not quorate'}: ` +
    `${count(r.counted, 'seat')} of ${r.countable} filled${by ? ` (${by})` : ''}; ${r.minimum} needed.`
  );
}

export function explainQuorum(rule: QuorumRule, state: QuorumState): Verdict {
  const from = state.from ?? {};
  const run = (p: QuorumParams) => quorumForItem(rule, state.present, state.leaving, p, from);
  const { meeting, item, leaving, decides } = run(rule.params);
  const word = (v: string) => (v === 'quorate' ? 'quorate' : 'not quorate');
  const lines: string[] = [];
  if (leaving.length > 0) {
    const who = rule.attendees.filter((a) => leaving.includes(a.id)).map((a) => a.label).join(' and ');
    lines.push(
      `With everyone present the meeting is ${word(meeting.verdict)} (${count(meeting.counted, 'seat')}). ` +
        `For this item, once ${who} ${leaving.length === 1 ? 'leaves' : 'leave'}, it is ${word(item.verdict)} (${count(item.counted, 'seat')}).`,
    );
  }
  lines.push(item.filled.length > 0 ? `Seats filled: ${names(item.filled)}.` : 'No seat is filled yet.');
  if (item.empty.length > 0) lines.push(`Seats not filled: ${names(item.empty)}.`);
  const staying = state.present.filter((id) => !leaving.includes(id));
  const present = new Set(staying);
  const partial = rule.seats.filter((s) => s.anyOf.some((g) => g.length > 1 && g.some((a) => present.has(a)) && !g.every((a) => present.has(a))));
  for (const seat of partial) {
    const group = seat.anyOf.find((g) => g.length > 1 && g.some((a) => present.has(a)))!;
    const labels = group.map((a) => rule.attendees.find((x) => x.id === a)?.label ?? a);
    lines.push(`"${seat.label}": this alternative needs all of ${labels.join(' and ')}.`);
  }
  const answers = answersFor(rule, (p) => run(p).decides, (r) => r.verdict, (r) => quorumHeadline(r));
  // A post whose holder's organisation the words do not give: where a reading counts it for that
  // organisation and the answer could turn on it, the tool asks rather than guesses.
  for (const post of askedOrganisations(rule)) {
    if (!state.present.includes(post.id) || (from[post.id] !== undefined && from[post.id] !== OTHER)) continue;
    const readings = rule.readings.filter((r) => r.alternative?.params?.alsoFill?.includes(post.id));
    const turns = readings.some((reading) =>
      organisationChoices(rule, post.id).some(
        (seat) =>
          quorumForItem(rule, state.present, state.leaving, withOverrides(rule.params, reading.alternative!.params!), { ...from, [post.id]: seat.id }).decides.verdict !==
          decides.verdict,
      ),
    );
    if (turns) {
      const label = readings[0]!.alternative!.label ?? readings[0]!.alternative!.summary;
      lines.push(
        `${label.replace(/\.$/, '')}, the answer could change, but the document does not say which organisation the ${post.label} comes from. Answer “${(post.organisation as { ask: string }).ask}” to see it.`,
      );
    }
  }
  return verdictOf(decides.verdict, {}, quorumHeadline(decides), lines, rule.statement, answers);
}
