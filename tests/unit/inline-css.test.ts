import { describe, expect, it } from 'vitest';
import { isFrameScript, moduleScripts, widgetsUseTemplates } from '../../src/plugins/inline-css';

describe('which pages need the full stylesheets', () => {
  it('a page whose every widget makes its elements from the page’s templates does not; any other widget does', () => {
    expect(widgetsUseTemplates('<gov-search data-widget="search" data-creates-from-templates><template></template></gov-search>')).toBe(true);
    expect(widgetsUseTemplates('<gov-search data-creates-from-templates data-widget="search"></gov-search>')).toBe(true);
    expect(widgetsUseTemplates('<gov-search data-widget="search" data-creates-from-templates></gov-search><gov-quorum data-widget="quorum"></gov-quorum>')).toBe(false);
    expect(widgetsUseTemplates('<gov-quorum data-widget="quorum"></gov-quorum>')).toBe(false);
    expect(widgetsUseTemplates('<p>no widget</p>')).toBe(false);
    // The attribute named in text is not the attribute.
    expect(widgetsUseTemplates('<div data-widget="x" title="data-creates-from-templates-not"></div>')).toBe(false);
  });
  it('reads the module scripts a page loads, and tells the page frame’s from the site’s', () => {
    expect(moduleScripts('<script type="module" src="/_astro/a.js"></script><script>x</script><script src="/_astro/b.js" type="module" fetchpriority="low"></script>')).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(isFrameScript('/p/node_modules/@astrojs/starlight/components/TableOfContents.astro?astro&type=script')).toBe(true);
    expect(isFrameScript('/p/src/widgets/search/Search.astro?astro&type=script')).toBe(false);
  });
});
