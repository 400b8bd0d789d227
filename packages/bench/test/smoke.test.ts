import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

interface Results {
  machine: { node: string; cpu: string };
  parser: { rows: { input: string; filtersPerSecond: Record<string, number | null>; ratio: Record<string, number | null> }[] };
  bundle: {
    rows: { bundle: string; gzippedBytes: number; rolldownGzippedBytes: number }[];
    builderShares: { source: string; minifiedBytes: number }[];
    builderVsReactQueryBuilder: number;
    builderVsReactQueryBuilderRolldown: number;
    componentVsReactQueryBuilder: number;
    componentVsReactQueryBuilderRolldown: number;
  };
  render: { rows: { library: string; rulesRenderedByEdit: number | null }[] };
  mockApi: { users: number; total: number; queriesPerSecond: number }[];
  validationCost: { rows: { input: string; parseMs: number; validateMs: number; ratio: number }[]; worstRatio: number };
}

// Benchmarks are not tests: this only checks that the whole suite runs on tiny inputs and reports every figure
// (given the arguments as `pnpm bench -- --quick` passes them).
describe("pnpm bench --quick", () => {
  it("runs every suite and writes the results file", () => {
    const out = join(mkdtempSync(join(tmpdir(), "bench-")), "quick.json");
    const printed = execFileSync(process.execPath, ["--conditions=source", "--import", "tsx", "src/run.ts", "--", "--quick", "--out", out], {
      cwd: benchDir,
      env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.run.json", NODE_ENV: "production" },
      encoding: "utf8",
    });
    expect(printed).toContain("Parser throughput");
    expect(printed).toContain("Mock API throughput");
    const results = JSON.parse(readFileSync(out, "utf8")) as Results;
    expect(results.machine.node).toBe(process.version);
    const parserNames = Object.keys(results.parser.rows[0]?.filtersPerSecond ?? {});
    expect(parserNames).toEqual(["@scim-filter/core", "scim2-parse-filter", "scim-query-filter-parser", "scimmy"]);
    for (const row of results.parser.rows) expect(row.filtersPerSecond["@scim-filter/core"]).toBeGreaterThan(0);
    expect(results.bundle.rows.map((row) => row.bundle)).toHaveLength(5);
    for (const row of results.bundle.rows) {
      expect(row.gzippedBytes).toBeGreaterThan(1000);
      expect(row.rolldownGzippedBytes).toBeGreaterThan(1000);
    }
    // The bundle goal of issue #6, as a budget: sizes do not vary between runs, so growth that loses it fails here.
    // Like with like: the builder without a schema against react-querybuilder without fields (a schema, like
    // `fields`, is the app's configuration) must stay smaller with both bundlers; with the Staffbase schema's
    // 1.4 KB of data it may be at most 2% larger.
    expect(results.bundle.componentVsReactQueryBuilder).toBeLessThan(1);
    expect(results.bundle.componentVsReactQueryBuilderRolldown).toBeLessThan(1);
    expect(results.bundle.builderVsReactQueryBuilder).toBeLessThan(1.02);
    expect(results.bundle.builderVsReactQueryBuilderRolldown).toBeLessThan(1.02);
    // The builder without the schema is the builder with it, less the schema.
    expect(results.bundle.rows[4]?.gzippedBytes).toBeLessThan(results.bundle.rows[2]?.gzippedBytes ?? 0);
    // The builder's bytes by source: ours, Radix Select with its dependencies, zustand; nothing unattributed.
    expect(results.bundle.builderShares.map((share) => share.source).sort()).toEqual(["@scim-filter/core", "@scim-filter/react", "Radix Select and its dependencies", "zustand"]);
    expect(printed).toContain("The builder's minified bytes:");
    // Per-rule subscriptions: editing one value renders one rule.
    expect(results.render.rows.find((row) => row.library === "@scim-filter/react")?.rulesRenderedByEdit).toBe(1);
    expect(results.render.rows.some((row) => row.library === "react-querybuilder")).toBe(true);
    for (const row of results.mockApi) expect(row.total).toBeGreaterThan(0);
    // Validation cost relative to parse on long unknown names: every shape at every length, a ratio for each.
    expect(printed).toContain("Validation cost relative to parsing");
    expect(results.validationCost.rows).toHaveLength(8);
    for (const row of results.validationCost.rows) expect(row.ratio).toBeCloseTo(row.validateMs / row.parseMs);
  });
});
