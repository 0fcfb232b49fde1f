/**
 * Lighthouse for the side-by-side bench: one headless Chromium (the system's, see
 * src/plugins/chromium.ts) for every run, Lighthouse's default mobile settings with simulated
 * throttling, the four categories, and the measures the bench compares.
 */
import { chromiumPath } from '../../src/plugins/chromium.ts';

/** Flags for every browser the bench starts. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LighthouseRun {
  /** Category scores, 0 to 100. */
  performance?: number | undefined;
  accessibility?: number | undefined;
  bestPractices?: number | undefined;
  seo?: number | undefined;
  /** Milliseconds (simulated). */
  fcp?: number | undefined;
  lcp?: number | undefined;
  speedIndex?: number | undefined;
  tbt?: number | undefined;
  mainThread?: number | undefined;
  /** Bytes transferred, all and JavaScript only. */
  transfer?: number | undefined;
  jsTransfer?: number | undefined;
  /** Elements in the DOM (Lighthouse's DOM size insight), when Lighthouse reports it. */
  dom?: number | undefined;
}

interface Audit {
  numericValue?: number | undefined;
  details?: { items?: { resourceType?: string; transferSize?: number }[] };
}

export interface Lighthouse {
  run(url: string): Promise<LighthouseRun>;
  close(): Promise<void>;
}

export async function openLighthouse(): Promise<Lighthouse> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  return {
    async run(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id: string) => (lhr.categories[id]?.score == null ? undefined : Math.round(lhr.categories[id]!.score! * 100));
      const audits = lhr.audits as Record<string, Audit | undefined>;
      const value = (id: string) => audits[id]?.numericValue;
      const resources = audits['resource-summary']?.details?.items;
      const script = resources?.find((i) => i.resourceType === 'script');
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        speedIndex: value('speed-index'),
        tbt: value('total-blocking-time'),
        mainThread: value('mainthread-work-breakdown'),
        transfer: value('total-byte-weight'),
        jsTransfer: resources ? (script?.transferSize ?? 0) : undefined,
        dom: value('dom-size-insight'),
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
