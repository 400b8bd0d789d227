// `pnpm bench`: every suite in one run, a table per suite, and bench/results/latest.json with every
// figure, the machine and the ratios. `--quick` runs tiny inputs (the smoke test uses it).
process.env.NODE_ENV = "production";

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { installDom } from "./dom.js";
import { builderSharesLine, bundleTable, mockApiTable, parserTable, renderTable, validationCostTable } from "./report.js";
import { runBundleSuite } from "./suites/bundle.js";
import { runMockApiSuite } from "./suites/mock-api.js";
import { runParserSuite } from "./suites/parser.js";
import { runValidationCostSuite } from "./suites/validation-cost.js";

export async function runBenchmarks(options: { quick: boolean; out?: string | undefined; print?: (text: string) => void }) {
  const print = options.print ?? ((text: string) => console.log(text));
  const machine = { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, platform: `${process.platform} ${process.arch}` };
  print(`Benchmarks on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}${options.quick ? " — quick mode, tiny inputs" : ""}\n`);

  const parser = runParserSuite(options);
  print(`Parser throughput (filters per second; ratio > 1× means @scim-filter/core is faster)\n${parserTable(parser)}\nLinearity (cost per clause at 1,000 vs 10 clauses): ${parser.linearity.toFixed(2)}\n`);

  const validationCost = runValidationCostSuite(options);
  print(`Validation cost relative to parsing, on long unknown names and values (Staffbase schema; validate includes its parse)\n${validationCostTable(validationCost)}\nWorst: validation costs ${validationCost.worstRatio.toFixed(2)}× its parse\n`);

  const bundle = await runBundleSuite();
  print(`Bundle size (esbuild, and Rolldown as Vite 8 bundles; minified, gzip -9; React excluded)\n${bundleTable(bundle)}\nBuilder vs react-querybuilder: ${(bundle.builderVsReactQueryBuilder * 100).toFixed(1)}% with the Staffbase schema, ${(bundle.componentVsReactQueryBuilder * 100).toFixed(1)}% without; with Rolldown ${(bundle.builderVsReactQueryBuilderRolldown * 100).toFixed(1)}% with the schema, ${(bundle.componentVsReactQueryBuilderRolldown * 100).toFixed(1)}% without\n${builderSharesLine(bundle)}\n`);

  installDom();
  // Before react-dom loads: the render counter stands in for React DevTools' hook.
  await import("../../react/src/test/render-counter.js");
  const { runRenderSuite } = await import("./suites/render.js");
  const render = await runRenderSuite(options);
  print(`Builder render cost (jsdom, React production build)\n${renderTable(render)}\nEdit cost growth, largest vs smallest filter: ${Object.entries(render.editGrowth).map(([name, value]) => `${name} ${value.toFixed(2)}×`).join(", ")}\n`);

  const mockApi = runMockApiSuite(options);
  print(`Mock API throughput (in-process GET /api/users, limit 100)\n${mockApiTable(mockApi)}\n`);

  const results = { date: new Date().toISOString(), quick: options.quick, machine, parser, validationCost, bundle, render, mockApi };
  if (options.out !== undefined) {
    mkdirSync(fileURLToPath(new URL(".", `file://${options.out}`)), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    print(`Results written to ${options.out}`);
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `pnpm bench -- --quick` hands the script a leading "--"; it separates nothing here.
  const args = process.argv.slice(2);
  const { values } = parseArgs({ args: args[0] === "--" ? args.slice(1) : args, options: { quick: { type: "boolean" }, out: { type: "string" } } });
  const out = values.out ?? fileURLToPath(new URL(`../results/${values.quick === true ? "quick" : "latest"}.json`, import.meta.url));
  await runBenchmarks({ quick: values.quick === true, out });
}
