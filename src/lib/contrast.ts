/** WCAG contrast between colours as the browser reports them (`rgb(…)` / `rgba(…)`). */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `rgb(255, 221, 0)` or `rgba(11, 12, 12, 1)` as numbers; undefined for anything else. */
export function parseColor(css: string): Rgb | undefined {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(css);
  return m ? { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]) } : undefined;
}

/** Relative luminance, WCAG 2.2 definition. */
export function luminance({ r, g, b }: Rgb): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio, from 1 (none) to 21 (black on white). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
