import type { Diagnostic } from "@scim-filter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameDiagnostics } from "./same-diagnostics.js";

// Few values per field, so equal and nearly equal lists come up often.
const span = fc.record({ start: fc.nat({ max: 2 }), end: fc.nat({ max: 2 }) });
const diagnostic: fc.Arbitrary<Diagnostic> = fc.record({
  severity: fc.constantFrom("error", "warning"),
  code: fc.constantFrom("server", "invalid-id"),
  message: fc.constantFrom("a", "b"),
  span,
  suggestions: fc.array(fc.record({ label: fc.constantFrom("x", "y"), span, text: fc.constantFrom("", "z") }), { maxLength: 2 }),
});
const list = fc.array(diagnostic, { maxLength: 2 });

describe("sameDiagnostics", () => {
  it("is true exactly when the lists serialize alike", () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(sameDiagnostics(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameDiagnostics(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
