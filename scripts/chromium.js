// Where the browser for tests comes from, in one place: CHROMIUM_PATH when set, else Playwright's managed
// Chromium when it has been installed (`pnpm exec playwright install chromium`, any OS), else Debian's
// /usr/bin/chromium, which .ci/setup-browser installs with apt on CI.
// Run as a script it prints the path it found, or exits 1 when there is none.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless run here: no sandbox as root, no background network, GPU or first-run UI. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function playwrightChromium() {
  try {
    // playwright-core is a dev dependency; before `pnpm install` (the CI's browser check) it is absent.
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium executable to launch, or undefined when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return playwrightChromium() ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** Like findChromium, but throws an error saying how to get a browser. */
export function chromiumPath() {
  const path = findChromium();
  if (path !== undefined) return path;
  const env = process.env.CHROMIUM_PATH;
  throw new Error(
    env
      ? `CHROMIUM_PATH is ${env}, which does not exist.`
      : "No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome executable, run `pnpm exec playwright install chromium`, or on Debian/Ubuntu `bash .ci/setup-browser`.",
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = findChromium();
  if (path === undefined) process.exit(1);
  console.log(path);
}
