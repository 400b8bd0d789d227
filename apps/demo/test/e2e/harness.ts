import { execFileSync } from "node:child_process";
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
const distDir = fileURLToPath(new URL("../../dist-e2e", import.meta.url));

/** Builds the app, starts the demo server on a free loopback port (embedded mock) and launches Chromium (scripts/chromium.js says which). */
export async function startDemo(): Promise<{ server: DemoServer; browser: Browser; logs: string[] }> {
  if (findChromium() === undefined) execFileSync("bash", [fileURLToPath(new URL("../../../../.ci/setup-browser", import.meta.url))], { stdio: "inherit" });
  await build({ root: appRoot, configFile: `${appRoot}/vite.config.ts`, logLevel: "warn", build: { outDir: distDir, emptyOutDir: true } });
  const logs: string[] = [];
  const server = await startDemoServer(loadConfig({ PORT: "0" }), { app: createStaticHandler(distDir), log: (line) => logs.push(line) });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  return { server, browser, logs };
}
