// `pr`: whether an attribute has a value (RFC 7644 §3.4.2.2, RFC 7643 §2.5).
import { unwrapComplex } from "./read-values.js";

/**
 * Not present: `undefined`, `null`, `""`, an array without a present element, a complex value whose
 * `value` is not present, and an object without `value` none of whose members is present (an empty
 * node). Everything else is present, `false` and `0` included.
 */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (typeof value !== "object") return true;
  if (Array.isArray(value)) {
    for (const element of value) if (isPresent(element)) return true;
    return false;
  }
  const inner = unwrapComplex(value);
  if (inner !== value) return isPresent(inner);
  for (const member of Object.values(value)) if (isPresent(member)) return true;
  return false;
}
