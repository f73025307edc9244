import {defineConfig} from "vitest/config";

// Unit, accuracy and property tests of the extraction library (Node). Browser tests
// run separately, after the build: see vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    testTimeout: 60_000,
  },
});
