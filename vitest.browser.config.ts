import {defineConfig} from "vitest/config";

// Browser tests: Playwright (playwright-core) drives Debian's Chromium on the built site
// in dist/, served from 127.0.0.1. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
