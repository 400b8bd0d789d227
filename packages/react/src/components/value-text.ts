import type { FilterValue } from "@scim-filter/core";

/** A rule's value as an input shows it: null (no value) as empty. */
export function valueText(value: FilterValue): string {
  return value === null ? "" : String(value);
}
