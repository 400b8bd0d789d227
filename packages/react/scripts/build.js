// Builds dist/: type declarations from tsc, and the code as one ES module bundled by Rolldown. One module
// instead of one per source file: esbuild, which many app builds use, writes a separate `import … from
// "react"` for every module that imports React, about 0.7 KB (gzip) in all. Components are created with
// /* @__PURE__ */ calls, so an app that imports only the headless parts still drops them and Radix.
// The module starts with "use client": every export is a component, hook or store used in the browser, and
// React Server Components frameworks (Next.js App Router) must not evaluate it on the server as-is.
// Dependencies stay external (below). Why core is a peer, Radix Select pinned to 2.2.6 and zustand a caret
// range (package.json cannot hold comments): README.md, "Dependencies".
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RolldownMagicString, rolldown } from "rolldown";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Rolldown marks every JSX call `/* @__PURE__ *\/` (its jsx.pure option is not applied). The mark helps
 * tree-shaking only at module scope, and the builder has no JSX there (the components at module scope
 * carry their own marks on memo()); inside a function it is 16 bytes a call that Rolldown, and so Vite
 * 8, keeps in minified apps (about 0.1 KB gzip in all). So the marks go; a JSX call at module scope stops the build.
 */
function jsxCallsUnmarked() {
  return {
    name: "jsx-calls-unmarked",
    renderChunk(code) {
      const atModuleScope = /^\S.*\bjsxs?\(/m.exec(code);
      if (atModuleScope !== null) throw new Error(`JSX at module scope needs its /* @__PURE__ */ mark: ${atModuleScope[0]}`);
      const edited = new RolldownMagicString(code);
      for (const mark of code.matchAll(/\/\* @__PURE__ \*\/ (?=jsxs?\()/g)) edited.remove(mark.index, mark.index + mark[0].length);
      return edited;
    },
  };
}
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
  plugins: [jsxCallsUnmarked()],
});
await bundle.write({ file: `${root}dist/index.js`, format: "esm", sourcemap: true, banner: '"use client";' });
await bundle.close();
