/**
 * <gov-figure-download>: "Download SVG" and "Download PNG" for a diagram or a tool's current answer,
 * with the caption (what it shows, the clauses, the address and date) drawn into the image.
 *
 * Attributes: `data-title`, `data-caption` (JSON array of lines), `data-file` (file name stem), and
 * either `data-figure` (a selector for the element holding the diagram's <svg>) or `data-tool` (a
 * selector for a tool's root; its `[data-headline]` and its reasons — `[data-lines] li` or any
 * `[data-card-line]` — are drawn as a card).
 */
import { cardSvg, fileName, framedSvg, provenance } from '../../lib/figure-export';

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

class GovFigureDownload extends HTMLElement {
  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#download(button.dataset.format as 'svg' | 'png'));
    }
  }

  #svg(): string {
    const now = new Date();
    const caption = [...(JSON.parse(this.dataset.caption ?? '[]') as string[]), provenance(location.href, now)];
    const title = this.dataset.title ?? document.title;
    if (this.dataset.tool) {
      const root = document.querySelector(this.dataset.tool)!;
      const headline = root.querySelector('[data-headline]')?.textContent?.trim() ?? '';
      const reasons = [...root.querySelectorAll('[data-lines] li, [data-card-line]')].map((li) => li.textContent?.trim() ?? '');
      return cardSvg(title, headline, reasons, caption);
    }
    const svg = document.querySelector(`${this.dataset.figure} svg`)!;
    return framedSvg(new XMLSerializer().serializeToString(svg), title, caption);
  }

  async #download(format: 'svg' | 'png') {
    const status = this.querySelector('[data-download-status]')!;
    const svg = this.#svg();
    const name = fileName(this.dataset.file ?? 'figure', new Date(), format);
    try {
      save(format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await toPng(svg), name);
      status.textContent = `Downloaded ${name}.`;
    } catch {
      status.textContent = 'The image could not be made in this browser. Download the SVG instead.';
    }
  }
}

customElements.define('gov-figure-download', GovFigureDownload);
