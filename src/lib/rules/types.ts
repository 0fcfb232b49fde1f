/**
 * The shapes the rule engines work on. They mirror src/schemas/rule.ts (which checks content files
 * against them at build time) but are plain TypeScript so that the engines stay free of Astro and
 * zod and can run in the browser.
 */

/** A clause of a document as printed: `{ document: 'kent/partnership-agreement-2008', clause: '10.4' }`. */
export interface Citation {
  document: string;
  clause: string;
}

/** Words quoted verbatim from a cited clause. The build checks the words occur in that clause. */
export interface Quote {
  citation: Citation;
  words: string;
  /**
   * Where the words are a lead-in ending in ":" ("… if five of the following organisations are
   * present:"), the lines of the list that follows, as printed. Never written by hand: filled in from
   * the document when the content is loaded (src/lib/quotes.ts), so a lead-in is never quoted alone.
   */
  items?: string[] | undefined;
}

/** Whether words are in force or only put forward: a claim never says more than its words. */
import { CLAIM_STATUSES, type ClaimStatus } from '../claims';
export { CLAIM_STATUSES, type ClaimStatus };

/** Which body, meetings or matters a rule applies to, and the words that set that, where there are any. */
export interface Scope {
  summary: string;
  quote?: Quote | undefined;
}

/** Whether the rule is in force or only proposed or recommended, and the words that show it. */
export interface Status {
  value: ClaimStatus;
  quote?: Quote | undefined;
}

/**
 * What one parameter of a rule rests on: words that state it (with what they must state, and their
 * scope and status where these differ from the rule's), a reading of words that leave it open, or
 * nothing because the parameter does not apply to this rule.
 */
export type Basis =
  | { states: string; quote: Quote; scope?: string | undefined; status?: ClaimStatus | undefined }
  | { reading: string | string[] }
  | { notApplicable: string };

/** Some of a rule's parameters, as a reading changes them. */
export type Overrides<P> = { [K in keyof P]?: P[K] | undefined };

/**
 * A point where the source can be read more than one way. `adopted` is the reading the tool uses;
 * `alternative` (when given) is the other reading. Where it names the rule parameters it changes,
 * the tool computes it and says "under the other reading the answer would be ..."; where it does
 * not, the tool states it in words.
 */
export interface Reading<P> {
  id: string;
  question: string;
  quote: Quote;
  adopted: string;
  alternative?:
    | {
        summary: string;
        /** How the answer under this reading is introduced: "If the Chair also counts for KCC". */
        label?: string | undefined;
        params?: Overrides<P> | undefined;
        /** Further words the other reading rests on. */
        quotes?: Quote[] | undefined;
      }
    | undefined;
}

/** A worked example: a tool state (as a URL query) and the verdict the rule gives for it. */
export interface Example {
  name: string;
  query: string;
  expect: string;
  /** The other readings' answers where they differ, by reading id; every other reading gives `expect`. */
  others: Record<string, string>;
}

interface RuleBase {
  id: string;
  trust: string;
  title: string;
  /** One or two sentences saying, in plain words, what the tool answers. */
  summary: string;
  /** The bodies the rule governs (ids in content/bodies). */
  bodies: string[];
  citations: Citation[];
}

// Quorum ----------------------------------------------------------------------------------------

/**
 * The organisation a person on the list comes from: a seat the words name (the Chair is KCC's
 * Director of Children's Services, Kent 10.2), or, where the words do not say, a question the tool
 * asks (the Vice Chair is from "core members who are not KCC employees", 10.3), never guessed.
 */
export type Organisation =
  | { seat: string; quote: Quote }
  | {
      /** The question, as the tool asks it. */
      ask: string;
      quote: Quote;
      /** Seats the words rule out. */
      exclude: string[];
    };

/** Someone who may be in the room, labelled as printed. */
export interface Attendee {
  id: string;
  label: string;
  partner?: string | undefined;
  organisation?: Organisation | undefined;
}

/** A seat at the table. It is filled when every attendee of any one `anyOf` group is present. */
export interface Seat {
  id: string;
  label: string;
  anyOf: string[][];
}

export interface QuorumParams {
  minimum: number;
  /** Seats that do not count towards the quorum under this reading. */
  excludeSeats: string[];
  /** Attendees whose presence also fills the seat of the organisation they come from. */
  alsoFill: string[];
  /** Seats whose alternatives ("The LSC and/or related service providers") each count on their own. */
  separateSeats: string[];
  /** Whether the quorum must hold for each item, once those who declared an interest have left. */
  perItem: boolean;
}

/** Fields every stated rule has. */
interface StatedBase extends RuleBase {
  provision: 'stated';
  /** What the words state, in one plain sentence (shown on the comparison and the tool page). */
  states: string;
  /** The words that set the rule, shown with every verdict. */
  statement: Quote[];
  scope: Scope;
  status: Status;
  /** What each parameter rests on, by parameter name. */
  basis: Record<string, Basis>;
  examples: Example[];
}

export interface QuorumRule extends StatedBase {
  kind: 'quorum';
  attendees: Attendee[];
  seats: Seat[];
  params: QuorumParams;
  readings: Reading<QuorumParams>[];
}

// Vote ------------------------------------------------------------------------------------------

export type Majority = 'more-for-than-against' | 'majority-of-eligible';

export interface VoteParams {
  majority: Majority;
  /** Who votes where the voters are listed: those the eligibility test selects, or every partner listed. */
  voters?: 'test' | 'every-partner' | undefined;
  /** Votes a listed partner has, where not one (by partner id). */
  weights?: Record<string, number> | undefined;
  /** Whether the Chair's casting vote needs the Chair's own first vote (the Chair's partner voting for or against). */
  castingNeedsChairVote?: boolean | undefined;
}

export interface VoteRule extends StatedBase {
  kind: 'vote';
  /**
   * `counted`: the document does not list the voters, so the tool takes numbers of votes.
   * `listed`: the tool lists the partners and applies the eligibility test to each.
   */
  voters: { mode: 'counted' } | { mode: 'listed'; partners: Attendee[]; test: Quote };
  /**
   * The Chair's casting vote on a tie: `may` use it, `has` it, or the document gives none. `chair`:
   * the listed partner the Chair comes from, with the words that say so, where the document says.
   */
  castingVote: { quote: Quote; use: 'may' | 'has'; chair?: { voter: string; quote: Quote } | undefined } | null;
  params: VoteParams;
  readings: Reading<VoteParams>[];
}

// Attendance ------------------------------------------------------------------------------------

export interface AttendanceParams {
  minimum: number;
  /** Meetings a deputy may attend on the member's behalf in a year. */
  deputyAllowance: number;
  /** Whether a deputy's attendance (within the allowance) counts towards the minimum. */
  deputyCounts: boolean;
}

export interface AttendanceRule extends StatedBase {
  kind: 'attendance';
  /** The year the commitment runs over, as printed ("April to March"). */
  year: string;
  /** The year's meetings in order, labelled as printed ("April", "July"...). */
  meetings: { id: string; label: string }[];
  params: AttendanceParams;
  readings: Reading<AttendanceParams>[];
}

// Interests -------------------------------------------------------------------------------------

/** Verdicts from the least to the most demanding. */
export const INTEREST_OUTCOMES = ['not-normally-required', 'declare', 'declare-and-leave'] as const;
export type InterestOutcome = (typeof INTEREST_OUTCOMES)[number];

export interface InterestQuestion {
  id: string;
  label: string;
  hint?: string | undefined;
  outcome: InterestOutcome;
  quote: Quote;
}

export interface InterestsParams {
  /** Whether an interest of a listed kind that is "not normally" included still needs declaring. */
  strategicNeedsDeclaring: boolean;
}

export interface InterestsRule extends StatedBase {
  kind: 'interests';
  /** What applies when no question is answered yes: the base rule. */
  base: { outcome: InterestOutcome; quote: Quote };
  questions: InterestQuestion[];
  params: InterestsParams;
  readings: Reading<InterestsParams>[];
}

// Protocol --------------------------------------------------------------------------------------

/** A waiting period before the next step may happen: `days` after the date of the step it leaves. */
export interface Wait {
  days: number;
  /** What the wait is counted from, as the tool asks for it ("the first meeting"). */
  from: string;
  quote: Quote;
}

export interface Transition {
  to: string;
  /** The choice as the user sees it: "Consensus is reached". */
  label: string;
  wait?: Wait | undefined;
  /** Offered only on the other reading of this reading (its id): the way the words leave open, not the one the tool adopts. */
  reading?: string | undefined;
}

export interface Step {
  id: string;
  title: string;
  citations: Citation[];
  /** Where the process ends; an outcome says what then holds. */
  outcome?: string | undefined;
  transitions: Transition[];
}

export interface ProtocolParams {
  /** Count waiting periods in clear days (excluding the day of the first meeting and of the second). */
  clearDays: boolean;
  /** Whether a waiting period binds the next meeting (false: it may be held as soon as it is convened). */
  waitApplies: boolean;
}

export interface ProtocolRule extends StatedBase {
  kind: 'protocol';
  start: string;
  steps: Step[];
  params: ProtocolParams;
  readings: Reading<ProtocolParams>[];
}

// Silence ---------------------------------------------------------------------------------------

export const TOOL_KINDS = ['quorum', 'vote', 'attendance', 'interests', 'protocol'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

/**
 * A document that sets no rule of this kind. Recorded so the tools and the comparison can say
 * "this document sets no quorum" and quote the nearest words it does have.
 */
export interface SilentRule extends RuleBase {
  kind: ToolKind;
  provision: 'not-stated';
  /** The document searched, as a document id. */
  document: string;
  /** What the document says instead, in plain words ("Voting arrangements are to be agreed"). */
  finding: string;
  /** The nearest words the document does have. */
  nearest: Quote[];
}

export type StatedRule = QuorumRule | VoteRule | AttendanceRule | InterestsRule | ProtocolRule;
export type Rule = StatedRule | SilentRule;

/** The result every tool reports for a rule the document does not set. */
export const NO_RULE = 'no-rule';
