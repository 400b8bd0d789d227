// Walking what a reader returned: the values a comparison sees, and the elements a value path sees.
// The walks are iterative: a record nested 10,000 arrays deep is data like any other, not a stack overflow.
import type { ValueTest } from "./compare.js";
import { unwrapComplex } from "./read-values.js";

/**
 * Calls `visit` on each element of `raw` that is not an array (arrays in arrays flattened, in order; a
 * value that is no array is its own one element) until `visit` returns true; says whether one did.
 */
export function someLeaf(raw: unknown, visit: (leaf: unknown) => boolean): boolean {
  if (!Array.isArray(raw)) return visit(raw);
  // One explicit frame (array, next index) per level of nesting instead of one call.
  const arrays: unknown[][] = [raw];
  const indexes: number[] = [0];
  while (arrays.length > 0) {
    const top = arrays.length - 1;
    const array = arrays[top] as unknown[];
    const index = indexes[top] as number;
    if (index >= array.length) {
      arrays.pop();
      indexes.pop();
      continue;
    }
    indexes[top] = index + 1;
    const element = array[index];
    if (Array.isArray(element)) {
      arrays.push(element);
      indexes.push(0);
    } else if (visit(element)) {
      return true;
    }
  }
  return false;
}

/** The value a comparison sees for one element: complex values unwrapped; null for none. */
function comparable(element: unknown): unknown {
  if (element === undefined || element === null) return null;
  const value = typeof element === "object" ? unwrapComplex(element) : element;
  return value === undefined ? null : value;
}

/** Does any value (arrays flattened, complex values unwrapped, missing ones skipped) pass the test? */
export function anyValue(raw: unknown, test: ValueTest): boolean {
  return someLeaf(raw, (element) => {
    const value = comparable(element);
    return value !== null && test(value) === true;
  });
}

/** `ne`: every value compares and none is equal; true when there is no value at all. */
export function noValueEqual(raw: unknown, equal: ValueTest): boolean {
  return !someLeaf(raw, (element) => {
    const value = comparable(element);
    return value !== null && equal(value) !== false;
  });
}

/** Does some element satisfy the value path's filter? A bare value stands for `{ value }`. */
export function anyElement(raw: unknown, predicate: (element: unknown) => boolean): boolean {
  return someLeaf(raw, (element) => element !== undefined && element !== null && predicate(typeof element === "object" ? element : { value: element }));
}

/** Every value anyValue would test, in order (for explanations). */
export function valuesOf(raw: unknown): unknown[] {
  const values: unknown[] = [];
  anyValue(raw, (value) => {
    values.push(value);
    return false;
  });
  return values;
}

/** Every element anyElement would try, in order (for explanations). */
export function elementsOf(raw: unknown): unknown[] {
  const elements: unknown[] = [];
  anyElement(raw, (element) => {
    elements.push(element);
    return false;
  });
  return elements;
}
