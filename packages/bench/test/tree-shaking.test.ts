// What an app ships depends on what it imports: the built packages (dist/, as an app resolves them) must
// let a bundler drop what an import does not reach. @scim-filter/react is one module (scripts/build.js), so
// this rests on its components being created with /* @__PURE__ */ calls.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

async function bundled(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: benchDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external: ["react", "react-dom", "react/jsx-runtime"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// A string each part keeps in its minified code.
const RADIX = "SelectContent";
const COMPONENTS = "sfb-group-header";
const VALIDATION = "no filterable attribute";

describe("tree-shaking of the built packages", () => {
  it("keeps the components and Radix Select out of an app that uses the headless builder", async () => {
    const whole = await bundled('export { FilterBuilder } from "@scim-filter/react";');
    expect(whole).toContain(RADIX);
    expect(whole).toContain(COMPONENTS);
    const headless = await bundled('export { FilterBuilderProvider, useFilterBuilder, useRule, useGroup, useBuilderActions, createBuilderStore } from "@scim-filter/react";');
    expect(headless).not.toContain(RADIX);
    expect(headless).not.toContain(COMPONENTS);
    expect(headless.length).toBeLessThan(whole.length / 2);
  });

  it("keeps validation out of an app that only parses and formats", async () => {
    const parser = await bundled('export { parseFilter, formatFilter, encodeFilter } from "@scim-filter/core";');
    expect(parser).toContain("parseFilter expects the filter text as a string");
    expect(parser).not.toContain(VALIDATION);
    expect(await bundled('export { validateFilter } from "@scim-filter/core";')).toContain(VALIDATION);
  });

  it("ships the SQL and MongoDB translators only to an app that imports their entries", async () => {
    const sql = await bundled('export { toSql } from "@scim-filter/core/sql";');
    const mongo = await bundled('export { toMongo } from "@scim-filter/core/mongo";');
    expect(sql).toContain("jsonb_typeof");
    expect(mongo).toContain("$elemMatch");
    for (const app of [await bundled('export { FilterBuilder } from "@scim-filter/react";'), await bundled('export * from "@scim-filter/core";')]) {
      expect(app).not.toContain("jsonb_typeof");
      expect(app).not.toContain("$elemMatch");
    }
  });
});
