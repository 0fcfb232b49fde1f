/** The tables the side-by-side bench prints (tests/bench/table.ts). */
import { describe, expect, it } from 'vitest';
import { formatTable, formatValue, row, type Line } from '../bench/table';

const line = (over: Partial<Line>): Line => ({ measure: 'm', unit: 'ms', better: 'lower', ours: [1], plain: [1], ...over });

describe('formatValue', () => {
  it('writes times in whole milliseconds with thousands separated', () => {
    expect(formatValue(1234.6, 'ms')).toBe('1,235 ms');
    expect(formatValue(12, 'ms')).toBe('12 ms');
  });
  it('writes bytes in KB to one decimal place', () => {
    expect(formatValue(20_275, 'bytes')).toBe('19.8 KB');
  });
  it('writes scores and counts whole', () => {
    expect(formatValue(99.6, 'score')).toBe('100');
    expect(formatValue(1028, 'count')).toBe('1,028');
  });
});

describe('row', () => {
  it('shows the medians, the ratio, each side’s noise and the verdict', () => {
    expect(row(line({ measure: 'FCP', ours: [900, 1000, 1100], plain: [2000, 2000, 2000] }))).toEqual({
      measure: 'FCP',
      ours: '1,000 ms',
      plain: '2,000 ms',
      ratio: '0.50',
      noise: '20% / 0%',
      result: 'ok',
    });
  });
  it('turns scores round so that a lower score of ours is over 1.00', () => {
    const r = row(line({ unit: 'score', better: 'higher', ours: [90, 90, 90], plain: [100, 100, 100] }));
    expect([r.ratio, r.result]).toEqual(['1.11', 'OVER']);
  });
  it('lets an excess within the noisier side’s spread pass as noise', () => {
    const r = row(line({ ours: [1030, 1030, 1030], plain: [900, 1000, 1100] }));
    expect([r.ratio, r.result]).toEqual(['1.03', 'over, within noise']);
  });
  it('shows an infinite ratio when plain Starlight has none of a cost we have', () => {
    const r = row(line({ ours: [88], plain: [0] }));
    expect([r.ratio, r.result]).toEqual(['∞', 'OVER']);
  });
  it('reports a line held to no goal, whatever its ratio', () => {
    const r = row(line({ unit: 'count', ours: [1500], plain: [1000], reportOnly: true }));
    expect([r.ratio, r.result]).toEqual(['1.50', 'reported']);
  });
  it('says n/a when a side could not be measured', () => {
    expect(row(line({ plain: [] }))).toMatchObject({ plain: 'n/a', ratio: 'n/a', noise: 'n/a', result: 'n/a' });
  });
});

describe('formatTable', () => {
  const table = {
    type: 'tool page',
    ours: '/tools/x/y/',
    plain: '/doc/',
    plainIs: 'the document page the rule comes from',
    lines: [line({ measure: 'FCP', ours: [800], plain: [1000] }), line({ measure: 'TBT', ours: [50], plain: [0] })],
  };
  it('is a Markdown table headed by the two pages, with the anchor’s stand-in named', () => {
    expect(formatTable(table, 5)).toMatchInlineSnapshot(`
      "### tool page: ours /tools/x/y/ against plain Starlight /doc/

      Plain Starlight has no tool page; compared with its nearest: the document page the rule comes from.

      | measure | ours | plain Starlight | ratio | noise (ours / plain) | result |
      | --- | ---: | ---: | ---: | ---: | --- |
      | FCP | 800 ms | 1,000 ms | 0.80 | 0% / 0% | ok |
      | TBT | 50 ms | 0 ms | ∞ | 0% / 0% | OVER |

      Medians of 5 runs a side. Ratio: ours ÷ plain for costs, plain ÷ ours for scores, so at most 1.00 is as good or better. Noise: (largest − smallest) ÷ median of each side's runs. 1 line(s) over 1.00."
    `);
  });
  it('names the lines it only reports, leaves them out of the count over 1.00, and prints the notes under the table', () => {
    const text = formatTable({ ...table, lines: [table.lines[0]!, line({ measure: 'DOM elements', unit: 'count', ours: [1500], plain: [1000], reportOnly: true })], notes: ['Elements: …'] }, 5);
    expect(text).toContain('Reported, not held to 1.00: DOM elements. Every other line is within the goal.\n\nElements: …');
    expect(formatTable({ ...table, lines: [...table.lines, line({ measure: 'DOM elements', unit: 'count', ours: [2], plain: [1], reportOnly: true })] }, 5)).toContain('1 line(s) over 1.00.');
  });
  it('says so when every line is within the goal', () => {
    expect(formatTable({ ...table, plainIs: undefined, lines: [table.lines[0]!] }, 5)).toContain('Every line is within the goal.');
  });
});
