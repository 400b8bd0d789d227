import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["source"] },
  test: { name: "bench", environment: "node", include: ["test/**/*.test.ts"], testTimeout: 120_000 },
});
