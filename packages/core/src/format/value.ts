import type { FilterValue } from "../ast.js";

/** A comparison value as JSON text; JSON.stringify also escapes control characters and lone surrogates. */
export function formatValue(value: FilterValue): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be written in a filter: SCIM numbers are JSON numbers`);
    return Object.is(value, -0) ? "-0" : JSON.stringify(value);
  }
  return JSON.stringify(value);
}
