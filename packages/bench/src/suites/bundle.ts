import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export interface BundleRow {
  bundle: string;
  /** What the entry imports. */
  entry: string;
  minifiedBytes: number;
  gzippedBytes: number;
}

export interface BundleResult {
  rows: BundleRow[];
  /** The builder's gzipped size divided by react-querybuilder's (below 1: smaller). */
  builderVsReactQueryBuilder: number;
}

const ENTRIES: { bundle: string; entry: string }[] = [
  { bundle: "@scim-filter/core: parse + format + encode", entry: 'export { parseFilter, formatFilter, encodeFilter } from "@scim-filter/core";' },
  { bundle: "@scim-filter/core: + validate + evaluate", entry: 'export { parseFilter, formatFilter, encodeFilter, validateFilter, compileFilter, staffbaseUserSchema } from "@scim-filter/core";' },
  { bundle: "@scim-filter/react: FilterBuilder (all but React)", entry: 'export { FilterBuilder } from "@scim-filter/react"; export { staffbaseUserSchema } from "@scim-filter/core";' },
  { bundle: "react-querybuilder: QueryBuilder (all but React)", entry: 'export { QueryBuilder, formatQuery } from "react-querybuilder";' },
];

/** What an app ships: each entry bundled for the browser, minified, React left out, then gzipped. */
export async function runBundleSuite(): Promise<BundleResult> {
  const resolveDir = fileURLToPath(new URL("..", import.meta.url));
  const rows: BundleRow[] = [];
  for (const { bundle, entry } of ENTRIES) {
    const result = await build({
      stdin: { contents: entry, resolveDir, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      external: ["react", "react-dom", "react/jsx-runtime"],
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    rows.push({ bundle, entry, minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength });
  }
  const builder = rows[2]?.gzippedBytes ?? Number.NaN;
  const rqb = rows[3]?.gzippedBytes ?? Number.NaN;
  return { rows, builderVsReactQueryBuilder: builder / rqb };
}
