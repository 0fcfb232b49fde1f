/**
 * The status of a claim the site derives from a document's words: whether the words state
 * something in force, or only propose, recommend or hope for it. Every duty and role carries one
 * (`<Duty status="…">`) and shows it wherever it appears. Pure.
 */

/** Statuses, in the order the words commit to them, most first. */
export const CLAIM_STATUSES = ['in-force', 'proposed', 'recommended', 'aspiration'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How each status is shown. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  'in-force': 'In force',
  proposed: 'Proposed',
  recommended: 'Recommended',
  aspiration: 'Aspiration',
};

/** What each status means, for editors and for the reader's tooltip. */
export const STATUS_MEANINGS: Record<ClaimStatus, string> = {
  'in-force': 'the words state it as a requirement or arrangement that applies (a statute, an agreement, adopted arrangements)',
  proposed: 'the words put it forward as a plan or proposal that had not yet taken effect',
  recommended: 'the words recommend it, or ask a meeting to agree it, or report guidance that advises it',
  aspiration: 'the words hope for it, or say what success depends on, without requiring it',
};

export const isClaimStatus = (value: string): value is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(value);
