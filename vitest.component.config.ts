/** Component tests render .astro components with the Astro Container API, so they need Astro's Vite config. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/component/**/*.component.test.ts'],
    globalSetup: ['tests/component/global-setup.ts'],
    testTimeout: 30_000,
  },
});
