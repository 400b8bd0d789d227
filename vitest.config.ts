import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.js";

// No browser found: Playwright then looks for its own and says how to install it.
const executablePath = findChromium();

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print "N passed, N failed".
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-report.json" },
    projects: [
      "packages/*",
      "apps/*",
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL("./.storybook", import.meta.url)) })],
        test: {
          name: "storybook",
          // Before react-dom loads: the stories' render counts (packages/react/src/test/render-counter.ts).
          setupFiles: ["packages/react/src/test/render-counter.ts"],
          // The 1,000-rule story mounts ~10,000 elements, and axe checks every one of them after its play function:
          // about 20 s alone, over 100 s on 2 cores shared with the other projects. A hang guard, not a speed test
          // (issue #17 measures interaction cost in the bench).
          testTimeout: 180_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { ...(executablePath === undefined ? {} : { executablePath }), args: CHROMIUM_ARGS } }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
