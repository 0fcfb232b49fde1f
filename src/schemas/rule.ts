import { z } from 'astro/zod';
import { citationSchema } from './citation';
import type { Rule } from '../lib/rules/types';
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

/** A worked example: a tool state as a URL query, and the verdict the rule must give for it. */
const exampleSchema = z.object({
  /** Short description, used as the test name: "Chair, KCC, Police, YOS and District Councils". */
  name: z.string().min(1),
  /** The tool state as a URL query without "?", e.g. `present=chair&present=kcc`. */
  query: z.string(),
  /** The verdict (the tool's `data-result`, or the protocol's current step). */
  expect: z.string().min(1),
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
        params: params.partial().optional(),
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
  /** The words that set the rule, shown with every verdict. */
  statement: z.array(quoteSchema).min(1, 'Quote the words that set the rule.'),
  /** Worked examples: checked at build, listed on the tool page, and run by the tests. */
  examples: z.array(exampleSchema).default([]),
};

/** Someone who may be present or vote, labelled exactly as printed. */
const attendeeSchema = z.object({
  id,
  /** Label as printed in the source ("Chair", "Kent Police"). */
  label: z.string().min(1),
  /** The partner (content/partners) this is, where there is one. */
  partner: id.optional(),
});

const quorumParams = z.object({
  /** Seats that must be filled. */
  minimum: z.number().int().min(1),
  /** Seats that do not count towards the minimum. */
  excludeSeats: z.array(id).default([]),
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
  /** `more-for-than-against` (abstentions not counted) or `majority-of-eligible` (more than half of those voting or abstaining). */
  majority: z.enum(['more-for-than-against', 'majority-of-eligible']),
});

const voteRule = z.object({
  ...stated,
  kind: z.literal('vote'),
  /** `counted` when the document lists no voters; `listed` with the partners and the eligibility test. */
  voters: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('counted') }),
    z.object({ mode: z.literal('listed'), partners: z.array(attendeeSchema).min(1), test: quoteSchema }),
  ]),
  /** The Chair's casting vote on a tie (`may` use it, or `has` it), or null when the document gives none. */
  castingVote: z.object({ quote: quoteSchema, use: z.enum(['may', 'has']) }).nullable(),
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
    const problems = checkProtocol(rule);
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

/** Cross-field checks inside one quorum rule: seats name real attendees, the minimum fits. */
const checkedQuorum = quorumRule.superRefine((rule, ctx) => {
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

export const ruleSchema = z.discriminatedUnion('provision', [
  silentRule,
  z.discriminatedUnion('kind', [checkedQuorum, voteRule, attendanceRule, interestsRule, protocolRule]),
]);

export type RuleData = z.infer<typeof ruleSchema>;

/** The schema's output is what the engines take: a type error here means the two have drifted. */
export const asRule = (data: RuleData): Rule => data;
