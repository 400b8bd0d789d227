import { build } from "esbuild";
import { rolldown } from "rolldown";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export interface BundleRow {
  bundle: string;
  /** What the entry imports. */
  entry: string;
  minifiedBytes: number;
  gzippedBytes: number;
  /** The same entry bundled by Rolldown (Vite 8's bundler), minified and gzipped. */
  rolldownGzippedBytes: number;
}

/** Where the builder's minified bytes come from, by package (esbuild's count of each input's output). */
export interface BundleShare {
  source: string;
  minifiedBytes: number;
}

export interface BundleResult {
  rows: BundleRow[];
  /** The whole builder's minified bytes by source: ours, Radix Select and its dependencies, zustand. */
  builderShares: BundleShare[];
  /** The builder's gzipped size (Staffbase schema included) divided by react-querybuilder's (below 1: smaller). */
  builderVsReactQueryBuilder: number;
  /** The same without the schema, which is the app's configuration like react-querybuilder's `fields`. */
  componentVsReactQueryBuilder: number;
  /** builderVsReactQueryBuilder with both bundled by Rolldown. */
  builderVsReactQueryBuilderRolldown: number;
  /** componentVsReactQueryBuilder with both bundled by Rolldown. */
  componentVsReactQueryBuilderRolldown: number;
}

const ENTRIES: { bundle: string; entry: string }[] = [
  { bundle: "@scim-filter/core: parse + format + encode", entry: 'export { parseFilter, formatFilter, encodeFilter } from "@scim-filter/core";' },
  { bundle: "@scim-filter/core: + validate + evaluate", entry: 'export { parseFilter, formatFilter, encodeFilter, validateFilter, compileFilter, staffbaseUserSchema } from "@scim-filter/core";' },
  { bundle: "@scim-filter/react: FilterBuilder (all but React)", entry: 'export { FilterBuilder } from "@scim-filter/react"; export { staffbaseUserSchema } from "@scim-filter/core";' },
  { bundle: "react-querybuilder: QueryBuilder (all but React)", entry: 'export { QueryBuilder, formatQuery } from "react-querybuilder";' },
  // The schema is the app's configuration, as react-querybuilder's `fields` are (its row has none): this
  // row compares the two components alone. The goal is judged on the row above, schema included.
  { bundle: "@scim-filter/react: FilterBuilder without a schema", entry: 'export { FilterBuilder } from "@scim-filter/react";' },
];

/** Our packages by their folder; everything else by the npm package it comes from (Radix's under one name). */
function sourceOf(path: string): string {
  const ours = /(?:^|\/)(core|react)\/(?:dist|src)\//.exec(path);
  if (ours !== null && !path.includes("node_modules")) return `@scim-filter/${ours[1] ?? ""}`;
  if (path.includes("node_modules/zustand/")) return "zustand";
  return "Radix Select and its dependencies";
}

function sharesOf(inputs: Record<string, { bytesInOutput: number }>): BundleShare[] {
  const bytes = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const source = sourceOf(path);
    bytes.set(source, (bytes.get(source) ?? 0) + bytesInOutput);
  }
  return [...bytes].map(([source, minifiedBytes]) => ({ source, minifiedBytes })).sort((a, b) => b.minifiedBytes - a.minifiedBytes);
}

const EXTERNAL = ["react", "react-dom", "react/jsx-runtime"];
const PRODUCTION = { "process.env.NODE_ENV": '"production"' };

/** The entry bundled by Rolldown, minified, gzipped; the entry is a module beside this package's own files. */
async function rolldownGzipped(entry: string, resolveDir: string): Promise<number> {
  const id = `${resolveDir}/bundle-entry.js`;
  const bundle = await rolldown({
    input: id,
    external: EXTERNAL,
    platform: "browser",
    transform: { define: PRODUCTION },
    logLevel: "silent",
    plugins: [{ name: "bundle-entry", resolveId: (source) => (source === id ? id : null), load: (source) => (source === id ? entry : null) }],
  });
  const { output } = await bundle.generate({ format: "esm", minify: true });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === "chunk" ? chunk.code : "")).join("\n");
  return gzipSync(code, { level: 9 }).byteLength;
}

/** What an app ships: each entry bundled for the browser, minified, React left out, then gzipped. */
export async function runBundleSuite(): Promise<BundleResult> {
  const resolveDir = fileURLToPath(new URL("..", import.meta.url));
  const rows: BundleRow[] = [];
  let builderShares: BundleShare[] = [];
  for (const { bundle, entry } of ENTRIES) {
    const result = await build({
      stdin: { contents: entry, resolveDir, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      external: EXTERNAL,
      define: PRODUCTION,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const rolldownGzippedBytes = await rolldownGzipped(entry, resolveDir);
    rows.push({ bundle, entry, minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength, rolldownGzippedBytes });
    if (bundle.startsWith("@scim-filter/react: FilterBuilder (all")) builderShares = sharesOf(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
  }
  const builder = rows[2]?.gzippedBytes ?? Number.NaN;
  const rqb = rows[3]?.gzippedBytes ?? Number.NaN;
  const component = rows[4]?.gzippedBytes ?? Number.NaN;
  const rolldownRqb = rows[3]?.rolldownGzippedBytes ?? Number.NaN;
  return {
    rows,
    builderShares,
    builderVsReactQueryBuilder: builder / rqb,
    componentVsReactQueryBuilder: component / rqb,
    builderVsReactQueryBuilderRolldown: (rows[2]?.rolldownGzippedBytes ?? Number.NaN) / rolldownRqb,
    componentVsReactQueryBuilderRolldown: (rows[4]?.rolldownGzippedBytes ?? Number.NaN) / rolldownRqb,
  };
}
