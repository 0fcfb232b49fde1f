/**
 * The importer's readers on the test documents of tests/fixtures/import/ (made by
 * make-fixtures.ts there) and on small pages: each gives the text of the document in the
 * importer's convention, and records what it left outside the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webPageText } from '../../src/lib/import/readers/html';
import { wordText } from '../../src/lib/import/readers/docx';
import { NoTextLayer, pdfText } from '../../src/lib/import/readers/pdf';
import { unzip } from '../../src/lib/import/readers/zip';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe('web page reader', () => {
  it('keeps the main content and records the site around it as outside the text', () => {
    const page = webPageText('<body><nav>Home | Meetings</nav><main><h1>Terms</h1><p>1.1 The <b>Board</b> meets.</p></main><footer>Council, Town Hall</footer></body>');
    expect(page.text).toBe('# Terms\n\n1.1 The **Board** meets.\n');
    expect(page.from).toBe('main');
    expect(page.outside.map((o) => [o.where, o.text])).toEqual([
      ['<nav>', 'Home | Meetings'],
      ['<footer>', 'Council, Town Hall'],
    ]);
  });
  it('writes lists as "- " lines, tables as tab-separated rows, and escapes marks in the words', () => {
    const page = webPageText('<main><ul><li>one *star*<ul><li>two</li></ul></li></ul><table><tr><th>Who</th><th>Seats</th></tr><tr><td>Police</td><td>1</td></tr></table><p>- not a list</p></main>');
    expect(page.text).toBe('- one \\*star\\*\n  - two\n\n**Who**\t**Seats**\nPolice\t1\n\n\\- not a list\n'.replace('**Who**\t**Seats**', 'Who\tSeats'));
  });
  it('reads the whole body, less its header, navigation and footer, when the page marks no main content', () => {
    const page = webPageText('<body><header>Site</header><p>1.1 Words.</p><footer>Foot</footer></body>');
    expect(page.text).toBe('1.1 Words.\n');
    expect(page.outside.map((o) => o.where)).toEqual(['<header>', '<footer>']);
  });
});

describe('Word reader', () => {
  it('reads the body through mammoth, headings marked, the table kept', async () => {
    const word = await wordText(fixture('constitution-2011.docx'));
    expect(word.text).toContain('# 3. Meetings\n\n3.1 The Board meets six times a year');
    expect(word.text).toContain('**Agency**\t**Members**\nBrackenshire County Council\t2\n');
    expect(word.messages).toEqual([]);
  });
  it('records the running footer, kept outside the body, as furniture outside the text', async () => {
    const word = await wordText(fixture('constitution-2011.docx'));
    expect(word.outside).toEqual([
      { where: 'word/footer1.xml', text: "Brackenshire Children's Trust Board Constitution, Version 2 – page {PAGE}", why: 'running footer of the Word file, printed on its pages; Word keeps it outside the body, so it is not in the text' },
    ]);
    expect([...unzip(fixture('constitution-2011.docx')).keys()]).toContain('word/document.xml');
  });
});

describe('PDF reader', () => {
  it('puts the text layer into paragraphs, one a line, pages separated by a form feed', async () => {
    const pdf = await pdfText(fixture('cabinet-report-2012.pdf'));
    expect(pdf.pages).toBe(3);
    expect(pdf.text.split('\f')).toHaveLength(3);
    expect(pdf.text).toContain('\f\n(3) A meeting of the Partnership Board would be quorate when five members are present, including at least one elected member.\n\n');
    expect(pdf.text.match(/^Brackenshire County Council – Cabinet, 14 March 2012 – page \d$/gm)).toHaveLength(3);
  });
  it('refuses a scanned PDF, which has no text layer', async () => {
    await expect(pdfText(fixture('scanned-2012.pdf'))).rejects.toThrow(NoTextLayer);
    await expect(pdfText(fixture('scanned-2012.pdf'))).rejects.toThrow('This PDF has no text layer: its page is an image, as in a scan, so there are no words to import.');
  });
});
