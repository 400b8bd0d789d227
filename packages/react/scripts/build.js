// Builds dist/: type declarations from tsc, and the code as one ES module bundled by Rolldown. One module
// instead of one per source file: esbuild, which many app builds use, writes a separate `import … from
// "react"` for every module that imports React, about 0.7 KB (gzip) in all. Components are created with
// /* @__PURE__ */ calls, so an app that imports only the headless parts still drops them and Radix.
// The module starts with "use client": every export is a component, hook or store used in the browser, and
// React Server Components frameworks (Next.js App Router) must not evaluate it on the server as-is.
//
// Dependencies (declared in package.json, which cannot hold comments): @scim-filter/core is a peer, so an app
// has one core (one FilterSyntaxError class) and imports it itself. @radix-ui/react-select is pinned to 2.2.6:
// from 2.3.5 Radix ships top-level `__name(…)` calls no bundler can drop, 2.4 a second, unused collection
// (+5.8 KB gzip), and 2.3+'s form integration rewinds one picker on a form reset (a test checks the reset
// leaves the builder alone; it fails on 2.4.1). zustand is a caret range: its store API is stable within 5.x.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve("typescript/bin/tsc")), "-p", `${root}tsconfig.build.json`], { stdio: "inherit" });

const bundle = await rolldown({
  input: `${root}src/index.ts`,
  // Dependencies stay imports: the app resolves and shares them.
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^zustand($|\/)/, /^@scim-filter\/core$/],
  platform: "neutral",
  tsconfig: `${root}tsconfig.build.json`,
  transform: { target: "es2022", jsx: { runtime: "automatic" } },
  logLevel: "warn",
});
await bundle.write({ file: `${root}dist/index.js`, format: "esm", sourcemap: true, banner: '"use client";' });
await bundle.close();
