import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "core",
    environment: "node",
    include: ["test/**/*.test.ts"],
    // Property tests run hundreds of cases; on a loaded 2-core CI machine (PGlite and sql.js tests beside
    // them) Vitest's 5 s default fails them for time alone. A limit against hangs, not a speed assertion.
    testTimeout: 30_000,
  },
});
