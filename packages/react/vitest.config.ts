import react from "@vitejs/plugin-react";
import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["source", ...defaultClientConditions] },
  test: {
    name: "react",
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    // One jsdom and one warm module graph for all files: CI has 2 cores (so one worker), and a fresh
    // environment per file cost more than the tests themselves. Tests clean up after themselves
    // (setup.ts unmounts; fake timers are restored in afterEach).
    isolate: false,
  },
});
