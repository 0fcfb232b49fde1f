/**
 * The partner directory: which duties fall on which partner, and the words people use for them.
 * Pure: takes plain data from src/data/site.ts.
 */

/** The address of a partner's page. */
export const partnerHref = (id: string) => `/partners/${id}/`;
