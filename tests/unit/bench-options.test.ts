/** The command line of `npm run bench` (tests/bench/options.ts). */
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, parseOptions } from '../bench/options';

describe('parseOptions', () => {
  it('runs every page type five times by default', () => {
    expect(parseOptions([])).toEqual({ runs: 5, pages: [...PAGE_TYPES] });
  });
  it('reads --runs and --pages, with or without "="', () => {
    expect(parseOptions(['--runs', '3', '--pages=search,home'])).toEqual({ runs: 3, pages: ['home', 'search'] });
    expect(parseOptions(['--runs=7']).runs).toBe(7);
  });
  it('reads a chosen document and query', () => {
    expect(parseOptions(['--document', 'kent/partnership-agreement-2008', '--query', 'vote'])).toMatchObject({
      document: 'kent/partnership-agreement-2008',
      query: 'vote',
    });
  });
  it('refuses a run count that is not a whole number of at least 1', () => {
    for (const bad of ['0', '-2', '2.5', 'five']) expect(() => parseOptions(['--runs', bad])).toThrow(`--runs ${bad}: give a whole number`);
  });
  it('refuses an unknown page type, naming the known ones', () => {
    expect(() => parseOptions(['--pages', 'home,blog'])).toThrow('--pages home,blog: the page types are home, document, tool, search');
  });
  it('refuses an option without its value, and an unknown option', () => {
    expect(() => parseOptions(['--runs'])).toThrow('--runs needs a value');
    expect(() => parseOptions(['--fast'])).toThrow('Unknown option --fast');
  });
});
