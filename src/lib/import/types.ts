/**
 * The shapes the importer's stages pass to each other: source lines → blocks → a document of
 * headings and clauses → MDX and a report. Every piece keeps the 1-based source line it came from,
 * so the report can point at it.
 */

/** One line of the source as the importer reads it, after the declared furniture is applied. */
export interface SourceLine {
  line: number;
  /** The line as kept (a contents line keeps its entry); export markup still in it. */
  text: string;
  /** A contents-page line whose page number was dropped as furniture. */
  contents?: boolean;
}

/** A label and value of the document's printed header block ("To: Cabinet – 26 November 2007"). */
export interface HeaderField {
  label: string;
  value: string;
  line: number;
}

export interface ListItem {
  /** Words with emphasis sentinels (see inline.ts). */
  text: string;
  depth: number;
  line: number;
}

/** What a clause or a stretch between clauses holds. */
export type Content =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: ListItem[]; line: number }
  | { kind: 'table'; rows: string[][]; line: number }
  | { kind: 'contents'; entries: { text: string; target?: string }[]; line: number }
  | { kind: 'quote'; text: string; line: number };

export type Node =
  | Content
  | { kind: 'heading'; level: number; text: string; line: number; id?: string }
  | { kind: 'clause'; id: string; label?: string; line: number; body: Content[] };

export type ClauseNode = Extract<Node, { kind: 'clause' }>;

export type FlagKind =
  /** A number printed twice: the second use gets `-2`. */
  | 'repeated'
  /** Numbers skipped (after 4.3 comes 7). */
  | 'gap'
  /** A number that fits nowhere in the scheme, or a line that looks numbered but is out of sequence. */
  | 'unplaced'
  /** A second header block: the source holds another document. */
  | 'part'
  /** A prefix the address scheme does not know yet (src/lib/clauses.ts). */
  | 'prefix'
  /** The first row of a table is shown as its header. */
  | 'table'
  /** Unnumbered paragraphs with rule words: a rule needs a clause to cite. */
  | 'unnumbered-rule'
  /** Text after a page break joined to the paragraph it continues. */
  | 'joined'
  /** A numbered heading split from the paragraph printed on the same line. */
  | 'split';

export interface Flag {
  kind: FlagKind;
  line: number;
  message: string;
}

/** A document as read: its header block, its headings and clauses in order, and what was unsure. */
export interface ImportedDocument {
  header: HeaderField[];
  nodes: Node[];
  flags: Flag[];
  /** Lines of the source this document covers (1-based, inclusive). */
  from: number;
  to: number;
}

/** Where a source holds more than one document (each with its own header block). */
export interface Part {
  from: number;
  to: number;
  /** The header block's first label and value, to tell the parts apart. */
  opening: string;
}
