// A contradiction warning must be true: a conjunction that gets one matches no user at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filter } from "../../src/index.js";
import { compileFilter, formatFilter, staffbaseUserSchema, validateFilter } from "../../src/index.js";
import { NO_SPAN } from "../helpers/ast.js";
import { staffbaseLeaf, staffbaseUser } from "../helpers/evaluate-arbitraries.js";

const and = (filters: Filter[]): Filter => ({ type: "and", filters, span: NO_SPAN });
const not = (filter: Filter): Filter => ({ type: "not", filter, span: NO_SPAN });

/** `a and not (b) and (c and d)`: only conjunctions, so any contradiction empties the whole filter. */
const conjunction = fc
  .array(fc.oneof({ weight: 4, arbitrary: staffbaseLeaf }, { weight: 2, arbitrary: staffbaseLeaf.map(not) }, { weight: 1, arbitrary: fc.array(staffbaseLeaf, { minLength: 2, maxLength: 3 }).map(and) }), {
    minLength: 2,
    maxLength: 5,
  })
  .map(and);

const warned = (text: string) => validateFilter(text, staffbaseUserSchema).some((diagnostic) => diagnostic.code === "unsatisfiable");

/**
 * The texts of warned conjunctions (about 1 in 16). Filtered here rather than with fc.pre in the property,
 * which generated the 30 users of every discarded case too: most of the test's time.
 */
const warnedConjunction = conjunction.map(formatFilter).filter(warned);

describe("unsatisfiable warnings", () => {
  it("are given only to conjunctions that match no user", () => {
    fc.assert(
      fc.property(warnedConjunction, fc.array(staffbaseUser, { minLength: 1, maxLength: 30 }), (text, users) => {
        const matches = compileFilter(text, staffbaseUserSchema);
        expect(users.filter((user) => matches(user))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
