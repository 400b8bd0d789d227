import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { build } from "vite";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { createStaticHandler } from "../../server/static.js";
import { CHROMIUM_ARGS, chromiumPath, findChromium } from "../../../../scripts/chromium.js";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Builds the app, starts the demo server on a free loopback port (embedded mock) and launches Chromium (scripts/chromium.js says which). */
export async function startDemo(): Promise<{ server: DemoServer; browser: Browser; logs: string[] }> {
  // A build of its own per test file: files run in parallel, and one build must not empty another's.
  const distDir = mkdtempSync(join(tmpdir(), "demo-e2e-"));
  if (findChromium() === undefined) execFileSync("bash", [fileURLToPath(new URL("../../../../.ci/setup-browser", import.meta.url))], { stdio: "inherit" });
  await build({ root: appRoot, configFile: `${appRoot}/vite.config.ts`, logLevel: "warn", build: { outDir: distDir, emptyOutDir: true } });
  const logs: string[] = [];
  const server = await startDemoServer(loadConfig({ PORT: "0" }), { app: createStaticHandler(distDir), log: (line) => logs.push(line) });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  return { server, browser, logs };
}
