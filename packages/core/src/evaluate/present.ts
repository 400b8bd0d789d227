// `pr`: whether an attribute has a value (RFC 7644 §3.4.2.2, RFC 7643 §2.5).
import { unwrapComplex } from "./read-values.js";

/**
 * Not present: `undefined`, `null`, `""`, an array without a present element, a complex value whose
 * `value` is not present, and an object without `value` none of whose members is present (an empty
 * node). Everything else is present, `false` and `0` included.
 */
export function isPresent(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return value !== undefined && value !== null && value !== "";
  // Iterative (a stack of values still to look at): records nested 10,000 levels deep are data, not a stack overflow.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined || next === null || next === "") continue;
    if (typeof next !== "object") return true;
    if (Array.isArray(next)) {
      for (const element of next) pending.push(element);
      continue;
    }
    const inner = unwrapComplex(next);
    if (inner !== next) pending.push(inner);
    else for (const member of Object.values(next)) pending.push(member);
  }
  return false;
}
