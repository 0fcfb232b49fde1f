import { describe, expect, it } from 'vitest';
import { assertClauseId, clausesInMdx, duplicateClauses, headingNumber, isClauseId, nearbyClauses, clauseOwnSource } from '../../src/lib/clauses';

describe('clause ids', () => {
  it('accepts the printed forms of the scheme', () => {
    for (const id of ['10.4', '9.5(e)', '4.1(a)', '7(1)', 'paa-9', 'action-4.1', '5.3-2', 'note-1', '4.0']) {
      expect(isClauseId(id), id).toBe(true);
    }
  });
  it('rejects a trailing dot, spaces and markup', () => {
    for (const id of ['4.4.', '10 4', '<b>', '', '_top', '"x"']) expect(isClauseId(id), id).toBe(false);
  });
  it('explains a bad id with the page and an example', () => {
    expect(() => assertClauseId('4.4.', '/durham/x/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: /durham/x/: clause id "4.4." is not valid. Use the printed number with letters, digits, dots, brackets or hyphens only, and no trailing dot (for example "10.4", "9.5(e)", "paa-9").]`,
    );
  });
});

describe('numbered headings', () => {
  it('Kent partnership agreement "10. Meeting Arrangements" is section 10', () => {
    expect(headingNumber('10. Meeting Arrangements')).toBe('10');
  });
  it('Durham "4 The Children\'s Trust" (printed without a dot) is section 4', () => {
    expect(headingNumber("4 The Children's Trust")).toBe('4');
  });
  it('Harrow "2.1 Children\'s Trust: key issues" is 2.1, and "1.0 Introduction:" is 1.0', () => {
    expect(headingNumber("2.1 Children's Trust: key issues")).toBe('2.1');
    expect(headingNumber('1.0 Introduction:')).toBe('1.0');
  });
  it('an unnumbered heading has no number', () => {
    expect(headingNumber('Background to Children\'s Trusts')).toBeUndefined();
    expect(headingNumber('Section 1 – Summary')).toBeUndefined();
  });
});

describe('clauses in an MDX document', () => {
  const mdx = [
    '---',
    'title: "## 3. not a heading, this is frontmatter"',
    '---',
    '## 10. Meeting Arrangements',
    '<Clause n="10.4">',
    '<Clause n="9.5(a)" label="a)">',
    '## Key Proposal One',
    '<Clause n="10.4">',
  ].join('\n');
  it('finds <Clause> ids and numbered headings, with their lines, skipping frontmatter', () => {
    expect(clausesInMdx(mdx)).toEqual([
      { id: '10', line: 4 },
      { id: '10.4', line: 5 },
      { id: '9.5(a)', line: 6 },
      { id: '10.4', line: 8 },
    ]);
  });
  it('reports an id defined twice with both lines', () => {
    expect([...duplicateClauses(clausesInMdx(mdx))]).toEqual([['10.4', [5, 8]]]);
  });
  it('suggests clauses near a missing one: 10.5 of the Kent agreement -> 10.x', () => {
    expect(nearbyClauses('10.6', ['9.1', '10.1', '10.2', '10.3', '10.4', '10.5'])).toEqual(['10.1', '10.2', '10.3']);
    expect(nearbyClauses('99.1', ['1.1', '1.2'])).toEqual(['1.1', '1.2']);
  });
});

describe('the words a clause holds itself', () => {
  const source = [
    '## 4 The Children’s Trust',
    '',
    '### Purpose',
    '',
    '- To provide strategic leadership',
    '',
    '<Clause n="4.1">',
    '',
    'The Executive Board will consist of:',
    '',
    '</Clause>',
    '',
    '<Gap title="A list">Not in the source.</Gap>',
    '',
    '### 4.2 Numbered',
    '',
    'Under a numbered sub-heading.',
    '',
    '## 5. Local Boards',
  ].join('\n');
  it('County Durham 4: a heading keeps its own lines and unnumbered sub-headings, not its nested clauses or the site’s gaps', () => {
    expect(clauseOwnSource(source, '4')).toBe('## 4 The Children’s Trust\n\n### Purpose\n\n- To provide strategic leadership');
  });
  it('a <Clause> is its inside, as clauseSource gives it', () => {
    expect(clauseOwnSource(source, '4.1')).toBe('The Executive Board will consist of:');
    expect(clauseOwnSource(source, '4.2')).toBe('### 4.2 Numbered\n\nUnder a numbered sub-heading.');
    expect(clauseOwnSource(source, '9')).toBeUndefined();
  });
});
