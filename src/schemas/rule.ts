import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { CLAIM_STATUSES, type Rule } from '../lib/rules/types';
import { checkProtocol } from '../lib/rules/protocol';

/**
 * A governance rule as typed data: quorum, vote, attendance, interests or a dispute protocol, each
 * citing the clauses it implements, or a record that a document sets no such rule.
 * File: content/rules/<id>.yaml. The engines in src/lib/rules/ compute from it.
 */

const id = z.string().regex(/^[a-z0-9-]+$/, 'Expected a lower-case id like "kent-quorum".');

/** Words quoted verbatim from a cited clause; the build checks they occur in that clause. */
const quoteSchema = z.object({
  /** The clause quoted. */
  citation: citationSchema,
  /** The words, exactly as printed (typos kept). */
  words: z.string().min(1),
});

/** Whether the words are in force, or only proposed, recommended or an aspiration. */
const statusValue = z.enum(CLAIM_STATUSES);

/** Which body, meetings or matters the rule applies to; `quote` where the document has words that set it. */
const scopeSchema = z.object({
  /** In plain words: "Meetings of KCT, the Trust (1.2); not the KCT Executive Group". */
  summary: z.string().min(1),
  /** The clause that sets the scope of the procedure, where the document has one. */
  quote: quoteSchema.optional(),
});

/** Whether the rule is in force or only proposed or recommended, and the words that show it. */
const statusSchema = z.object({
  value: statusValue,
  /** The words that show the status ("This report sets out the key recommendations…"). */
  quote: quoteSchema.optional(),
});

/**
 * What one parameter rests on: words that state it (`states` says what they must state; `scope` and
 * `status` where they differ from the rule's), the `reading` of words that leave it open, or
 * `notApplicable` with the reason.
 */
const basisSchema = z.union([
  z.object({ states: z.string().min(1), quote: quoteSchema, scope: z.string().min(1).optional(), status: statusValue.optional() }).strict(),
  z.object({ reading: z.union([id, z.array(id).min(1)]) }).strict(),
  z.object({ notApplicable: z.string().min(1) }).strict(),
]);

/** A worked example: a tool state as a URL query, and the verdict the rule must give for it. */
const exampleSchema = z.object({
  /** Short description, used as the test name: "Chair, KCC, Police, YOS and District Councils". */
  name: z.string().min(1),
  /** The tool state as a URL query without "?", e.g. `present=chair&present=kcc`. */
  query: z.string(),
  /** The verdict (the tool's `data-result`, or the protocol's current step). */
  expect: z.string().min(1),
  /**
   * The answers of the other readings that differ from it, by reading id (`{ chair-and-kcc: quorate }`).
   * Checked at build: exactly these readings change the answer. Leave out when none does.
   */
  others: z.record(id, z.string().min(1)).default({}),
});

/** A point where the words can be read more than one way, written down beside the rule. */
const readingSchema = <P extends z.ZodRawShape>(params: z.ZodObject<P>) =>
  z.object({
    /** Short id for the reading, e.g. `deputy-counts`. */
    id,
    /** The question the words leave open. */
    question: z.string().min(1),
    /** The words that leave it open. */
    quote: quoteSchema,
    /** The reading the tool uses, and why. */
    adopted: z.string().min(1),
    /** The other reading; with `params`, the tool computes it and shows it where the answer changes. */
    alternative: z
      .object({
        summary: z.string().min(1),
        /** How the tool introduces this reading's answer: "If the Chair also counts for KCC". Needed with `params`. */
        label: z.string().min(1).optional(),
        params: params.partial().optional(),
        /** Further words the other reading rests on. */
        quotes: z.array(quoteSchema).optional(),
      })
      .refine((alt) => !alt.params || alt.label !== undefined, {
        message: 'A reading whose alternative has "params" needs a "label": how the tool introduces its answer, e.g. "If the Chair also counts for KCC".',
        path: ['label'],
      })
      .optional(),
  });

const base = {
  /** Unique id; also the last part of the tool's address (`/tools/quorum/<id>/`). */
  id,
  /** The trust whose document sets the rule. */
  trust: id,
  /** Title of the tool page: "Is the Kent Children's Trust meeting quorate?". */
  title: z.string().min(1),
  /** One or two sentences saying, in plain words, what the tool answers. */
  summary: z.string().min(1),
  /** The bodies (content/bodies) the rule governs. */
  bodies: z.array(id).default([]),
  /** The clauses the rule implements. At least one. */
  citations: z.array(citationSchema).min(1, 'Cite at least one clause the rule implements.'),
};

const stated = {
  ...base,
  provision: z.literal('stated'),
  /** What the words state, in one plain sentence: "A meeting of KCT is quorate when five of the seven listed organisations are present." */
  states: z.string().min(1),
  /** The words that set the rule, shown with every verdict. */
  statement: z.array(quoteSchema).min(1, 'Quote the words that set the rule.'),
  /** Which body, meetings or matters the rule applies to. */
  scope: scopeSchema,
  /** In force, or only proposed or recommended. */
  status: statusSchema,
  /** What each parameter in `params` rests on, by name: `{ minimum: { states, quote } }` or `{ excludeSeats: { reading: chair-is-a-seat } }`. */
  basis: z.record(z.string(), basisSchema),
  /** Worked examples: checked at build, listed on the tool page, and run by the tests. */
  examples: z.array(exampleSchema).default([]),
};

/**
 * The organisation a person comes from: a `seat` the words name, or, where they do not say, a
 * question the tool `ask`s (with the seats the words rule out in `exclude`).
 */
const organisationSchema = z.union([
  z.object({ seat: id, quote: quoteSchema }).strict(),
  z.object({ ask: z.string().min(1), quote: quoteSchema, exclude: z.array(id).default([]) }).strict(),
]);

/** Someone who may be present or vote, labelled exactly as printed. */
const attendeeSchema = z.object({
  id,
  /** Label as printed in the source ("Chair", "Kent Police"). */
  label: z.string().min(1),
  /** The partner (content/partners) this is, where there is one. */
  partner: id.optional(),
  /** For a post on the list (the Chair), the organisation its holder comes from. */
  organisation: organisationSchema.optional(),
});

const quorumParams = z.object({
  /** Seats that must be filled. */
  minimum: z.number().int().min(1),
  /** Seats that do not count towards the minimum. */
  excludeSeats: z.array(id).default([]),
  /** Attendees whose presence also fills the seat of the organisation they come from (their `organisation`). */
  alsoFill: z.array(id).default([]),
  /** Seats whose alternatives each count as a seat of their own ("and/or" read as two organisations). */
  separateSeats: z.array(id).default([]),
  /** The quorum must hold for each item, once those who declared an interest have left (false: only as the meeting starts). */
  perItem: z.boolean().default(true),
});

const quorumRule = z.object({
  ...stated,
  kind: z.literal('quorum'),
  /** Everyone whose presence the rule counts. */
  attendees: z.array(attendeeSchema).min(1),
  /** Seats, each filled when every attendee of any one `anyOf` group is present. */
  seats: z
    .array(
      z.object({
        id,
        /** The seat as printed ("Chair or Vice Chair"). */
        label: z.string().min(1),
        /** Alternative groups of attendee ids: `[[chair], [vice-chair]]`. */
        anyOf: z.array(z.array(id).min(1)).min(1),
      }),
    )
    .min(1),
  params: quorumParams,
  readings: z.array(readingSchema(quorumParams)).default([]),
});

const voteParams = z.object({
  /** `more-for-than-against` (abstentions not counted) or `majority-of-eligible` (more than half of those entitled to vote). */
  majority: z.enum(['more-for-than-against', 'majority-of-eligible']),
  /** With listed voters: `test` (those the eligibility test selects) or `every-partner` (everyone listed). */
  voters: z.enum(['test', 'every-partner']).optional(),
  /** Votes of a listed partner where it has more than one, by voter id: `{ csa: 2 }`. */
  weights: z.record(id, z.number().int().min(1)).optional(),
  /** The casting vote needs the Chair's own first vote: the Chair's partner (`castingVote.chair`) voting for or against. */
  castingNeedsChairVote: z.boolean().optional(),
});

const voteRule = z.object({
  ...stated,
  kind: z.literal('vote'),
  /** `counted` when the document lists no voters; `listed` with the partners and the eligibility test. */
  voters: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('counted') }),
    z.object({ mode: z.literal('listed'), partners: z.array(attendeeSchema).min(1), test: quoteSchema }),
  ]),
  /**
   * The Chair's casting vote on a tie (`may` use it, or `has` it), or null when the document gives none.
   * `chair`: the listed voter the Chair comes from, with the words that say so, where the document says.
   */
  castingVote: z
    .object({ quote: quoteSchema, use: z.enum(['may', 'has']), chair: z.object({ voter: id, quote: quoteSchema }).optional() })
    .nullable(),
  params: voteParams,
  readings: z.array(readingSchema(voteParams)).default([]),
});

const attendanceParams = z.object({
  /** Meetings to attend in the year. */
  minimum: z.number().int().min(1),
  /** Meetings a deputy may attend on the member's behalf. */
  deputyAllowance: z.number().int().min(0),
  /** Whether the deputy's attendance counts towards the minimum. */
  deputyCounts: z.boolean(),
});

const attendanceRule = z.object({
  ...stated,
  kind: z.literal('attendance'),
  /** The year, as printed ("April to March"). */
  year: z.string().min(1),
  /** The year's meetings, in order, labelled as printed. */
  meetings: z.array(z.object({ id, label: z.string().min(1) })).min(1),
  params: attendanceParams,
  readings: z.array(readingSchema(attendanceParams)).default([]),
});

const outcome = z.enum(['not-normally-required', 'declare', 'declare-and-leave']);
const interestsParams = z.object({
  /** Whether an interest "not normally" included must still be declared. */
  strategicNeedsDeclaring: z.boolean(),
});

const interestsRule = z.object({
  ...stated,
  kind: z.literal('interests'),
  /** What applies when no question is answered yes. */
  base: z.object({ outcome, quote: quoteSchema }),
  /** Yes/no questions, each with the outcome a yes leads to and the words it rests on. */
  questions: z
    .array(z.object({ id, label: z.string().min(1), hint: z.string().optional(), outcome, quote: quoteSchema }))
    .min(1),
  params: interestsParams,
  readings: z.array(readingSchema(interestsParams)).default([]),
});

const protocolParams = z.object({
  /** Count waiting periods in clear days (neither meeting day counts). */
  clearDays: z.boolean(),
  /** A waiting period binds the next meeting (false: it may be held as soon as it is convened). */
  waitApplies: z.boolean().default(true),
});

const protocolRule = z
  .object({
    ...stated,
    kind: z.literal('protocol'),
    /** The first step. */
    start: id,
    steps: z
      .array(
        z.object({
          id,
          /** The step in a few words. */
          title: z.string().min(1),
          /** The clauses that set out this step. */
          citations: z.array(citationSchema).min(1, 'Cite the clause that sets out this step.'),
          /** For a step where the process ends: what then holds. */
          outcome: z.string().optional(),
          /** Where the process can go next, with the choice as the user reads it. */
          transitions: z
            .array(
              z.object({
                to: id,
                label: z.string().min(1),
                /** A waiting period before the next step. */
                wait: z.object({ days: z.number().int().min(1), from: z.string().min(1), quote: quoteSchema }).optional(),
                /** Offered only on the other reading of this reading (its id), where the words leave the step open. */
                reading: id.optional(),
              }),
            )
            .default([]),
        }),
      )
      .min(1),
    params: protocolParams,
    readings: z.array(readingSchema(protocolParams)).default([]),
  })
  .superRefine((rule, ctx) => {
    checkBasis(rule, ctx);
    // Every step reachable on some reading; and on the reading the tool adopts, no dead end.
    const problems = { ...checkProtocol(rule), unreachable: checkProtocol(rule, 'all').unreachable };
    const readings = rule.readings.map((r) => r.id);
    rule.steps.forEach((step, i) =>
      step.transitions.forEach((t, j) => {
        if (t.reading !== undefined && !readings.includes(t.reading)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'transitions', j, 'reading'], message: `Transition ${step.id} -> ${t.to} belongs to reading "${t.reading}", which is not in readings (known: ${readings.join(', ') || 'none'}).` });
        }
      }),
    );
    if (!rule.steps.some((s) => s.id === rule.start)) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: `The start step "${rule.start}" is not one of the steps.` });
    }
    for (const target of problems.missingTargets) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `Transition ${target} goes to a step that does not exist.` });
    }
    for (const step of problems.unreachable) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `Step "${step}" cannot be reached from the start step.` });
    }
    for (const step of problems.deadEnds) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `Step "${step}" has no transitions and no outcome: give it a way on, or an outcome.` });
    }
    for (const step of problems.noWayOut.filter((s) => !problems.deadEnds.includes(s))) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `No outcome can be reached from step "${step}".` });
    }
  });

const silentRule = z.object({
  ...base,
  provision: z.literal('not-stated'),
  kind: z.enum(['quorum', 'vote', 'attendance', 'interests', 'protocol']),
  /** The document that sets no such rule. */
  document: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Expected a document id like "durham/governance-arrangements-2009".'),
  /** What the document says instead, in plain words. */
  finding: z.string().min(1),
  /** The nearest words the document does have. */
  nearest: z.array(quoteSchema).default([]),
});

type Ctx = z.RefinementCtx;

type Checked = {
  params: object;
  basis: Record<string, unknown>;
  readings: { id: string; alternative?: { params?: object | undefined } | undefined }[];
  steps?: { transitions: { reading?: string | undefined }[] }[];
};

/**
 * Every parameter has a basis, every basis names a parameter, and a reading it names exists. Every
 * other reading is computed: it changes params, or (in a protocol) opens steps; a reading that could
 * not change any answer says so in `adopted` and has no `alternative`.
 */
function checkBasis(rule: Checked, ctx: Ctx): void {
  const params = Object.keys(rule.params);
  const readings = rule.readings.map((r) => r.id);
  const opened = new Set((rule.steps ?? []).flatMap((s) => s.transitions.flatMap((t) => (t.reading ? [t.reading] : []))));
  rule.readings.forEach((reading, i) => {
    if (reading.alternative && !reading.alternative.params && !opened.has(reading.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['readings', i, 'alternative'],
        message: `Reading "${reading.id}" has another reading the tool does not compute. Give alternative.params (or, in a protocol, mark the steps it opens with reading: ${reading.id}), or, if it cannot change any answer, drop the alternative and say why in "adopted".`,
      });
    }
  });
  for (const key of params) {
    if (!(key in rule.basis)) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: `Parameter "${key}" has no basis: add basis.${key} with the words that state it (states, quote), the reading that sets it (reading), or why it does not apply (notApplicable).` });
    }
  }
  for (const [key, basis] of Object.entries(rule.basis)) {
    if (!params.includes(key)) ctx.addIssue({ code: 'custom', path: ['basis', key], message: `basis.${key} names no parameter of this rule (parameters: ${params.join(', ')}).` });
    const named = (basis as { reading?: string | string[] }).reading;
    for (const reading of named === undefined ? [] : [named].flat()) {
      if (!readings.includes(reading)) {
        ctx.addIssue({ code: 'custom', path: ['basis', key, 'reading'], message: `basis.${key} names reading "${reading}", which is not in readings (known: ${readings.join(', ') || 'none'}).` });
      }
    }
  }
}

/** Cross-field checks inside one quorum rule: seats name real attendees, the minimum fits. */
const checkedQuorum = quorumRule.superRefine((rule, ctx) => {
  checkBasis(rule, ctx);
  const seatIds = rule.seats.map((s) => s.id);
  rule.attendees.forEach((a, i) => {
    const org = a.organisation;
    const named = !org ? [] : 'seat' in org ? [org.seat] : org.exclude;
    for (const seat of named) {
      if (!seatIds.includes(seat)) {
        ctx.addIssue({ code: 'custom', path: ['attendees', i, 'organisation'], message: `Attendee "${a.id}" names seat "${seat}", which is not in seats (known: ${seatIds.join(', ')}).` });
      }
    }
  });
  const attendees = new Set(rule.attendees.map((a) => a.id));
  rule.seats.forEach((seat, i) =>
    seat.anyOf.flat().forEach((a) => {
      if (!attendees.has(a)) {
        ctx.addIssue({ code: 'custom', path: ['seats', i, 'anyOf'], message: `Seat "${seat.id}" names attendee "${a}", which is not in attendees (known: ${[...attendees].join(', ')}).` });
      }
    }),
  );
  const countable = rule.seats.filter((s) => !rule.params.excludeSeats.includes(s.id)).length;
  if (rule.params.minimum > countable) {
    ctx.addIssue({ code: 'custom', path: ['params', 'minimum'], message: `The quorum is ${rule.params.minimum} but the rule has only ${countable} seats that count.` });
  }
});

const checkedVote = voteRule.superRefine((rule, ctx) => {
  checkBasis(rule, ctx);
  const chair = rule.castingVote?.chair?.voter;
  const listed = rule.voters.mode === 'listed' ? rule.voters.partners.map((p) => p.id) : [];
  if (chair !== undefined && !listed.includes(chair)) {
    ctx.addIssue({ code: 'custom', path: ['castingVote', 'chair', 'voter'], message: `The Chair's partner "${chair}" is not one of voters.partners (known: ${listed.join(', ') || 'none: the voters are counted, not listed'}).` });
  }
  for (const reading of rule.readings) {
    for (const voter of Object.keys(reading.alternative?.params?.weights ?? {})) {
      if (!listed.includes(voter)) ctx.addIssue({ code: 'custom', path: ['readings'], message: `Reading "${reading.id}" weights "${voter}", which is not one of voters.partners.` });
    }
  }
});
const checkedAttendance = attendanceRule.superRefine(checkBasis);
const checkedInterests = interestsRule.superRefine(checkBasis);

export const ruleSchema = z.discriminatedUnion('provision', [
  silentRule,
  z.discriminatedUnion('kind', [checkedQuorum, checkedVote, checkedAttendance, checkedInterests, protocolRule]),
]);

export type RuleData = z.infer<typeof ruleSchema>;

/** The schema's output is what the engines take: a type error here means the two have drifted. */
export const asRule = (data: RuleData): Rule => data;
