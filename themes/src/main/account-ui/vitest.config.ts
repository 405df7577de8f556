import { defineConfig } from "vitest/config";

// Unit tests of the console's logic (hooks, formatters, form checks), run by the Maven build in the test phase.
export default defineConfig({
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
