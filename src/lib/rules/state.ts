/**
 * Each tool's state in the URL query, so that a link or an embed reproduces it. `parse*` functions
 * take the query and the rule and return the state and any notices; `*Query` functions write the
 * state back. Pure: the widgets and the build (worked examples) both use them. One module per tool
 * (state-quorum.ts…), so that a tool's page loads only its own; this module gathers them.
 */

export * from './state-common';
export * from './state-quorum';
export * from './state-vote';
export * from './state-attendance';
export * from './state-interests';
export * from './state-protocol';
