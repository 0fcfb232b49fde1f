/**
 * Each tool's state in the URL query, so that a link or an embed reproduces it. `parse*` functions
 * take the query and the rule and return the state and any notices; `*Query` functions write the
 * state back. Pure: the widgets and the build (worked examples) both use them. Each tool's are in
 * their own file (state-quorum.ts, state-vote.ts…), which its widget imports so that a tool's page
 * loads only its own; this file gathers them for the build and the tests.
 */
export type { Parsed } from './state-query';
export * from './state-quorum';
export * from './state-vote';
export * from './state-attendance';
export * from './state-interests';
export * from './state-protocol';
