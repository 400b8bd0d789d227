// Prints the results as terminal tables.
import type { BundleResult } from "./suites/bundle.js";
import type { MockApiRow } from "./suites/mock-api.js";
import type { ParserResult } from "./suites/parser.js";
import type { RenderResult } from "./suites/render.js";
import type { ValidationCostResult } from "./suites/validation-cost.js";

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const number = (value: number | null | undefined, digits = 0) => (value === null || value === undefined || Number.isNaN(value) ? "—" : value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ratio = (value: number | null | undefined) => (value === null || value === undefined ? "rejects input" : `${value.toFixed(2)}×`);

export function parserTable(result: ParserResult): string {
  const names = Object.keys(result.rows[0]?.filtersPerSecond ?? {});
  const peers = names.slice(1);
  return table(
    ["input", ...names.map((name) => `${name} /s`), ...peers.map((name) => `vs ${name}`)],
    result.rows.map((row) => [row.input, ...names.map((name) => number(row.filtersPerSecond[name])), ...peers.map((name) => ratio(row.ratio[name]))]),
  );
}

/** "The builder's minified bytes: 52% Radix Select …, 31% @scim-filter/core, …". */
export function builderSharesLine(result: BundleResult): string {
  const total = result.builderShares.reduce((sum, share) => sum + share.minifiedBytes, 0);
  const parts = result.builderShares.map((share) => `${number((share.minifiedBytes / total) * 100, 0)}% ${share.source}`);
  return `The builder's minified bytes: ${parts.join(", ")}`;
}

export function bundleTable(result: BundleResult): string {
  return table(
    ["bundle", "minified", "gzipped", "gzipped (Rolldown)"],
    result.rows.map((row) => [row.bundle, `${number(row.minifiedBytes / 1024, 1)} KB`, `${number(row.gzippedBytes / 1024, 1)} KB`, `${number(row.rolldownGzippedBytes / 1024, 1)} KB`]),
  );
}

export function renderTable(result: RenderResult): string {
  return table(
    ["library", "rules", "mount ms", "edit one value ms", "replace from text ms", "rules rendered by an edit"],
    result.rows.map((row) => [row.library, String(row.rules), number(row.mountMs, 1), number(row.editOneValueMs, 2), number(row.replaceFromTextMs, 1), row.rulesRenderedByEdit === null ? "—" : String(row.rulesRenderedByEdit)]),
  );
}

export function mockApiTable(rows: MockApiRow[]): string {
  return table(
    ["users", "filter", "matches", "queries/s", "filtering share"],
    rows.map((row) => [number(row.users), row.filter, number(row.total), number(row.queriesPerSecond), `${(row.filteringShare * 100).toFixed(0)}%`]),
  );
}

export function validationCostTable(result: ValidationCostResult): string {
  return table(
    ["input", "parse ms", "validate ms", "validate / parse"],
    result.rows.map((row) => [row.input, number(row.parseMs, 3), number(row.validateMs, 3), `${row.ratio.toFixed(2)}×`]),
  );
}
