import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*"],
    // The JSON report lets .ci/run print "N passed, N failed".
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-report.json" },
  },
});
