// Writes the README's screenshots (desktop and phone, light and dark) from the built demo against the
// embedded mock: `pnpm screenshots`. Run it after a visual change so the README shows what ships.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startDemo } from "../test/e2e/harness.js";

const outDir = fileURLToPath(new URL("../screenshots/", import.meta.url));
const FILTER = 'staffbase.role eq "admin" and (staffbase.creationType eq "sso" or created ge "2024-01-01")';
const shots = [
  { name: "desktop", width: 1280, height: 900, scheme: "light", fullPage: false },
  { name: "desktop-dark", width: 1280, height: 900, scheme: "dark", fullPage: false },
  { name: "phone", width: 390, height: 844, scheme: "light", fullPage: false },
  { name: "phone-results", width: 390, height: 844, scheme: "light", fullPage: false, scrollTo: "#results-heading" },
] as const;

mkdirSync(outDir, { recursive: true });
const { server, browser } = await startDemo();
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme, deviceScaleFactor: shot.width < 600 ? 2 : 1 });
    await page.goto(`${server.url}/?filter=${encodeURIComponent(FILTER)}`);
    await page.getByTestId("total").waitFor();
    await page.waitForFunction(() => document.querySelector("[aria-busy=true]") === null);
    if ("scrollTo" in shot) await page.locator(shot.scrollTo).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${outDir}${shot.name}.png`, fullPage: shot.fullPage });
    await page.close();
    console.log(`screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
