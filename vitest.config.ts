import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Component tests need Astro's Vite config: see vitest.component.config.ts.
    exclude: ['tests/component/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Concurrent tests (the axe sweep) run two at a time: one page per core of a small machine.
    maxConcurrency: 2,
  },
});
