/**
 * The five tools: their names in addresses and in `data-widget`, and how they are described. A rule's
 * `kind` picks its tool (a `protocol` is run by the dispute tool).
 */
import type { ToolKind } from './types';

export interface Tool {
  kind: ToolKind;
  /** Name in `data-widget`, in the custom element (`gov-<widget>`) and in addresses (`/tools/<widget>/`). */
  widget: 'quorum' | 'vote' | 'attendance' | 'interests' | 'dispute';
  name: string;
  question: string;
  /** Heading over the verdict. */
  answerHeading: string;
  /** The values `data-result` (or, for the dispute tool, `data-step`) can take. */
  results: string;
  /** What a document that sets no such rule is said to lack: "sets no quorum". */
  silence: string;
}

export const TOOLS: readonly Tool[] = [
  {
    kind: 'quorum',
    widget: 'quorum',
    name: 'Quorum',
    question: 'Is this meeting quorate? What if a member leaves after declaring an interest?',
    answerHeading: 'Is the meeting quorate?',
    results: '`quorate`, `not-quorate`, or `no-rule` where the document sets no quorum; `data-other-results` lists each other reading whose answer differs, as `reading:result`',
    silence: 'sets no quorum',
  },
  {
    kind: 'vote',
    widget: 'vote',
    name: 'Voting',
    question: 'Who may vote, and is the vote carried? What happens on a tie?',
    answerHeading: 'Is the vote carried?',
    results:
      '`carried`, `not-carried`, `tied`, `incomplete` (someone entitled to vote has not voted; `data-not-voted` is how many votes are still to come), or `no-rule`; `data-decided-by="casting-vote"` when the Chair’s casting vote decided a tie; `data-other-results` as for quorum',
    silence: 'sets no voting rule',
  },
  {
    kind: 'protocol',
    widget: 'dispute',
    name: 'Disagreements',
    question: 'What happens now that partners disagree, and when can the second meeting be?',
    answerHeading: 'Where the disagreement stands',
    results:
      '`data-step` is the step the process stands at on the reading the tool uses; `data-earliest-second-meeting` (YYYY-MM-DD) once the first meeting’s date is entered; `data-other-results` as for quorum (for a waiting period, the other earliest date, or `none`)',
    silence: 'sets no dispute procedure',
  },
  {
    kind: 'attendance',
    widget: 'attendance',
    name: 'Attendance',
    question: 'Have I kept my attendance commitment this year?',
    answerHeading: 'Is the commitment met?',
    results: '`meets-commitment`, `below-commitment`, or `no-rule`; `data-other-results` as for quorum',
    silence: 'sets no attendance commitment',
  },
  {
    kind: 'interests',
    widget: 'interests',
    name: 'Declaring interests',
    question: 'Must I declare this interest, and leave the meeting?',
    answerHeading: 'What to do',
    results: '`declare-and-leave`, `declare`, `not-normally-required`, or `no-rule`; `data-other-results` as for quorum',
    silence: 'says nothing about declaring interests',
  },
];

export function toolOf(kind: ToolKind): Tool {
  return TOOLS.find((t) => t.kind === kind)!;
}

export function toolByWidget(widget: string): Tool | undefined {
  return TOOLS.find((t) => t.widget === widget);
}

/** The tool page's address for a rule. */
export function toolHref(rule: { kind: ToolKind; id: string }, query = ''): string {
  return `/tools/${toolOf(rule.kind).widget}/${rule.id}/${query ? `?${query}` : ''}`;
}

/** The embed's address for a rule. */
export function embedHref(rule: { kind: ToolKind; id: string }, query = ''): string {
  return `/embed/${toolOf(rule.kind).widget}/${rule.id}/${query ? `?${query}` : ''}`;
}
