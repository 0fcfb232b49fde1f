import { describe, expect, it } from 'vitest';
import { isFrameScript, SITE_FRAME_COMPONENTS } from '../../src/plugins/inline-css';

describe("the page frame's scripts (a page with only these loads no full stylesheet)", () => {
  const root = '/home/site/project';

  it("counts Starlight's and Astro's own scripts", () => {
    expect(isFrameScript(`${root}/node_modules/@astrojs/starlight/dist/components/MobileMenuToggle.astro?astro&type=script&index=0&lang.ts`)).toBe(true);
    expect(isFrameScript('astro:scripts/page.js')).toBe(true);
    expect(isFrameScript(`${root}/node_modules/astro/dist/prefetch/index.js`)).toBe(true);
  });

  it("counts the site's contents list, which stands in for Starlight's, on any platform's paths", () => {
    for (const component of SITE_FRAME_COMPONENTS) {
      expect(isFrameScript(`${root}/${component}?astro&type=script&index=0&lang.ts`)).toBe(true);
      expect(isFrameScript(`C:\\project\\${component.replaceAll('/', '\\')}?astro&type=script&index=0&lang.ts`)).toBe(true);
    }
  });

  it("does not count any other script of the site, even one whose file name ends the same way", () => {
    expect(isFrameScript(`${root}/src/widgets/quorum/Quorum.astro?astro&type=script&index=0&lang.ts`)).toBe(false);
    expect(isFrameScript(`${root}/src/components/overrides/PageTitle.astro?astro&type=script&index=0&lang.ts`)).toBe(false);
    expect(isFrameScript(`${root}/src/components/MyTableOfContents.astro?astro&type=script&index=0&lang.ts`)).toBe(false);
    expect(isFrameScript(`${root}/node_modules/other/src/components/overrides/TableOfContents.astro?astro&type=script&index=0&lang.ts`)).toBe(false);
  });
});
