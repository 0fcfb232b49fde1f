/**
 * Makes a download's file: the figure's SVG (or a tool's answer drawn as a card) with its caption,
 * as SVG or as PNG through a canvas, and saves it. Loaded by <gov-figure-download> only when the
 * reader is about to download (see figure-download.ts), so a page does not load it to be read.
 */
import { cardSvg, fileName, framedSvg, provenance } from '../../lib/figure-export';

/** What <gov-figure-download> carries: see its attributes in figure-download.ts. */
export interface FigureSource {
  title: string;
  caption: string[];
  file: string;
  figure?: string | undefined;
  tool?: string | undefined;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG string onto a canvas at twice its size and returns the PNG. */
async function toPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function svgOf(source: FigureSource): string {
  const caption = [...source.caption, provenance(location.href, new Date())];
  if (source.tool) {
    const root = document.querySelector(source.tool)!;
    const headline = root.querySelector('[data-headline]')?.textContent?.trim() ?? '';
    const reasons = [...root.querySelectorAll('[data-lines] li, [data-card-line]')].map((li) => li.textContent?.trim() ?? '');
    return cardSvg(source.title, headline, reasons, caption);
  }
  const svg = document.querySelector(`${source.figure} svg`)!;
  return framedSvg(new XMLSerializer().serializeToString(svg), source.title, caption);
}

/** Makes and saves the file; resolves with its name. */
export async function download(source: FigureSource, format: 'svg' | 'png'): Promise<string> {
  const svg = svgOf(source);
  const name = fileName(source.file, new Date(), format);
  save(format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await toPng(svg), name);
  return name;
}
