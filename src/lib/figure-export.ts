/**
 * Figures for briefing papers: a diagram's SVG framed with its caption (what it shows, the clauses
 * it was drawn from, where and when it was taken), or a tool's current answer drawn as a card. The
 * result is a standalone SVG string; the browser turns it into a file, or into a PNG through a
 * canvas. Pure: string in, string out.
 */

const FONT = 'Arial, Helvetica, sans-serif';
/** Average width of a character at 1px font size, for wrapping text without measuring it. */
const CHAR = 0.56;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Words of `text` in lines of at most `width` pixels at `size` px (a word longer than a line keeps its own line). */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * CHAR)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The size of an SVG from its viewBox (or width and height). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /viewBox="\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open);
  if (box) return { width: Number(box[3]), height: Number(box[4]) };
  const num = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(open)?.[1] ?? 0);
  return { width: num('width'), height: num('height') };
}

interface TextBlock {
  lines: string[];
  size: number;
  weight?: 'bold';
}

function textBlocks(blocks: TextBlock[], x: number, top: number): { svg: string; height: number } {
  let y = top;
  const parts: string[] = [];
  for (const block of blocks) {
    for (const line of block.lines) {
      y += block.size * 1.35;
      parts.push(
        `<text x="${x}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${block.size}"${block.weight ? ` font-weight="${block.weight}"` : ''} fill="#0b0c0c">${escapeXml(line)}</text>`,
      );
    }
    y += block.size * 0.5;
  }
  return { svg: parts.join(''), height: y - top };
}

const MARGIN = 16;

/**
 * A diagram's SVG with a caption band under it: `caption` lines (what it is, the clauses it was
 * drawn from, the address and date). The diagram keeps its own styles; the figure gets a white
 * background so it reads on any page.
 */
export function framedSvg(svg: string, title: string, caption: readonly string[]): string {
  const { width: innerWidth, height: innerHeight } = svgSize(svg);
  const width = Math.max(innerWidth + 2 * MARGIN, 480);
  const head = textBlocks([{ lines: wrap(title, width - 2 * MARGIN, 16), size: 16, weight: 'bold' }], MARGIN, MARGIN / 2);
  const top = MARGIN + head.height;
  const foot = textBlocks(caption.map((c) => ({ lines: wrap(c, width - 2 * MARGIN, 11), size: 11 })), MARGIN, top + innerHeight + MARGIN / 2);
  const height = top + innerHeight + MARGIN + foot.height;
  // The inner diagram is placed as a nested <svg> at its natural size.
  const inner = svg.replace(/<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(?:width|height|x|y|style)="[^"]*"/g, '');
    return `<svg${kept} x="${((width - innerWidth) / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${innerWidth}" height="${innerHeight}">`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    head.svg,
    inner,
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${(top + innerHeight + MARGIN / 2).toFixed(1)}" y2="${(top + innerHeight + MARGIN / 2).toFixed(1)}" stroke="#b1b4b6"/>`,
    foot.svg,
    '</svg>',
  ].join('');
}

/** A tool's current answer as a card: the question, the headline, the reasons, and the caption. */
export function cardSvg(title: string, headline: string, reasons: readonly string[], caption: readonly string[], width = 640): string {
  const inner = width - 2 * MARGIN;
  const body = textBlocks(
    [
      { lines: wrap(title, inner, 16), size: 16, weight: 'bold' },
      { lines: wrap(headline, inner, 20), size: 20, weight: 'bold' },
      ...reasons.map((r) => ({ lines: wrap(`• ${r}`, inner, 13), size: 13 })),
    ],
    MARGIN,
    MARGIN / 2,
  );
  const ruleY = MARGIN + body.height;
  const foot = textBlocks(caption.map((c) => ({ lines: wrap(c, inner, 11), size: 11 })), MARGIN, ruleY + MARGIN / 2);
  const height = Math.ceil(ruleY + MARGIN + foot.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`${title}: ${headline}`)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="6" height="${height}" fill="#1d70b8"/>`,
    body.svg,
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${ruleY.toFixed(1)}" y2="${ruleY.toFixed(1)}" stroke="#b1b4b6"/>`,
    foot.svg,
    '</svg>',
  ].join('');
}

/** The caption's last line: where the figure comes from and the date it was taken ("22 November 2026"). */
export function provenance(url: string, date: Date): string {
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `From ${url} on ${day}. Children's Trust governance: the documents are historical and quoted as published.`;
}

/** A file name from a title: `kent-structure-2026-11-22.svg`. */
export function fileName(stem: string, date: Date, extension: 'svg' | 'png'): string {
  const safe = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'figure';
  return `${safe}-${date.toISOString().slice(0, 10)}.${extension}`;
}
