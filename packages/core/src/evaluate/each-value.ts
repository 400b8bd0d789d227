// Walking what a reader returned: the values a comparison sees, and the elements a value path sees.
import type { ValueTest } from "./compare.js";
import { unwrapComplex } from "./read-values.js";

/** Does any value (arrays flattened, complex values unwrapped, missing ones skipped) pass the test? */
export function anyValue(raw: unknown, test: ValueTest): boolean {
  if (raw === undefined || raw === null) return false;
  if (Array.isArray(raw)) {
    for (const element of raw) if (anyValue(element, test)) return true;
    return false;
  }
  const value = typeof raw === "object" ? unwrapComplex(raw) : raw;
  if (value === undefined || value === null) return false;
  return test(value) === true;
}

/** `ne`: every value compares and none is equal; true when there is no value at all. */
export function noValueEqual(raw: unknown, equal: ValueTest): boolean {
  if (raw === undefined || raw === null) return true;
  if (Array.isArray(raw)) {
    for (const element of raw) if (!noValueEqual(element, equal)) return false;
    return true;
  }
  const value = typeof raw === "object" ? unwrapComplex(raw) : raw;
  if (value === undefined || value === null) return true;
  return equal(value) === false;
}

/** Does some element satisfy the value path's filter? A bare value stands for `{ value }`. */
export function anyElement(raw: unknown, predicate: (element: unknown) => boolean): boolean {
  if (raw === undefined || raw === null) return false;
  if (Array.isArray(raw)) {
    for (const element of raw) if (anyElement(element, predicate)) return true;
    return false;
  }
  return predicate(typeof raw === "object" ? raw : { value: raw });
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
