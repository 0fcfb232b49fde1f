/**
 * Fired on a tool's root after every change, with the new query (`detail.query`); the embed-code
 * box listens. A module of its own so a tool that does not extend ToolElement can fire it without
 * pulling in the base element.
 */
export const CHANGE_EVENT = 'gov-tool-change';
