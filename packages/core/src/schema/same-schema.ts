import type { FilterSchema } from "./types.js";

/**
 * Whether two values are equal as schema data: plain objects and arrays by content, everything else
 * (functions such as an attribute's `read` included) by identity.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Whether two schemas say the same: equal content, even when one is a new object (a schema built in a
 * component's render, e.g. `withProfileFields(…)`, is a new object every time). Functions (`read`) are
 * compared by identity. Absent and `undefined` properties are the same.
 */
export function sameSchema(a: FilterSchema | undefined, b: FilterSchema | undefined): boolean {
  return sameData(a, b);
}
