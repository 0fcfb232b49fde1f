/**
 * <gov-figure-download>: "Download SVG" and "Download PNG" for a diagram or a tool's current answer,
 * with the caption (what it shows, the clauses, the address and date) drawn into the image.
 *
 * Attributes: `data-title`, `data-caption` (JSON array of lines), `data-file` (file name stem), and
 * either `data-figure` (a selector for the element holding the diagram's <svg>) or `data-tool` (a
 * selector for a tool's root; its `[data-headline]` and its reasons — `[data-lines] li` or any
 * `[data-card-line]` — are drawn as a card).
 *
 * This element only shows the buttons; what makes the file (figure-file.ts) loads when a pointer
 * or the keyboard reaches a button, so reading the page loads none of it. This module imports
 * nothing, so Astro writes it into the page: the buttons cost the page no script request.
 */
type Maker = typeof import('./figure-file');

class GovFigureDownload extends HTMLElement {
  #maker: Promise<Maker> | undefined;

  #load(): Promise<Maker> {
    this.#maker ??= this.#import().catch((error: unknown) => {
      this.#maker = undefined;
      throw error;
    });
    return this.#maker;
  }

  /** The maker's module and what it imports, named by the build in `data-lazy-module` (src/lib/lazy-modules.ts), asked for at once. */
  async #import(): Promise<Maker> {
    const [entry, ...imports] = this.dataset.lazyModule?.split(' ') ?? [];
    if (!entry) throw new Error('The page names no module to make the file with.');
    for (const href of imports) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
    return (await import(/* @vite-ignore */ entry)) as Maker;
  }

  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#download(button.dataset.format as 'svg' | 'png'));
    }
    const soon = () => void this.#load().catch(() => undefined);
    this.addEventListener('pointerover', soon, { once: true });
    this.addEventListener('focusin', soon, { once: true });
  }

  async #download(format: 'svg' | 'png') {
    const status = this.querySelector('[data-download-status]')!;
    let maker: Maker;
    try {
      maker = await this.#load();
    } catch {
      status.textContent = 'The download could not start: check the connection and try again.';
      return;
    }
    const source = {
      title: this.dataset.title ?? document.title,
      caption: JSON.parse(this.dataset.caption ?? '[]') as string[],
      file: this.dataset.file ?? 'figure',
      figure: this.dataset.figure,
      tool: this.dataset.tool,
    };
    try {
      status.textContent = `Downloaded ${await maker.download(source, format)}.`;
    } catch {
      status.textContent = 'The image could not be made in this browser. Download the SVG instead.';
    }
  }
}

customElements.define('gov-figure-download', GovFigureDownload);
