// Property tests: explainFilter agrees with compileFilter on random filters and users, and every
// node's result follows from its children's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filter } from "../../src/ast.js";
import { compileFilter } from "../../src/evaluate/compile.js";
import { implicitClausesFor } from "../../src/evaluate/implicit.js";
import { explainFilter } from "../../src/explain/explain.js";
import type { ExplanationNode, ExplanationResult } from "../../src/explain/types.js";
import { formatFilter } from "../../src/format/format.js";
import { rfc7643Schemas } from "../../src/schema/fixtures/rfc7643-schemas.js";
import { schemaFromScim } from "../../src/schema/from-scim.js";
import { scimCoreUserSchema } from "../../src/schema/scim-core.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { FilterSchema, UserRecord } from "../../src/schema/types.js";
import { ENTERPRISE_URN, enterpriseFilter, enterpriseUser } from "../helpers/enterprise-arbitraries.js";
import { genericFilter, genericUser, staffbaseFilter, staffbaseUser } from "../helpers/evaluate-arbitraries.js";
import { staffbaseUsers } from "../fixtures/staffbase-users.js";

const NO_IMPLICIT: FilterSchema = { ...staffbaseUserSchema, implicit: [] };

/** Kleene logic, written out independently of the implementation. */
function kleeneAnd(results: readonly ExplanationResult[]): ExplanationResult {
  if (results.some((result) => result === false)) return false;
  return results.every((result) => result === true) ? true : "unknown";
}
function kleeneOr(results: readonly ExplanationResult[]): ExplanationResult {
  if (results.some((result) => result === true)) return true;
  return results.every((result) => result === false) ? false : "unknown";
}

/** Checks one node against its children, recursively; returns the number of implicit nodes. */
function checkNode(node: ExplanationNode): number {
  const children = node.children ?? [];
  const results = children.map((child) => child.result);
  const matched = children.map((child) => child.matched);
  // A definite result is what the evaluator computes (Kleene logic never contradicts a completion).
  if (node.result !== "unknown") expect(node.result).toBe(node.matched);
  expect(node.reason.startsWith(`${node.label ?? node.text} — ${String(node.result)}: `)).toBe(true);
  switch (node.kind) {
    case "and":
      expect(node.result).toBe(kleeneAnd(results));
      expect(node.matched).toBe(matched.every(Boolean));
      break;
    case "or":
      expect(node.result).toBe(kleeneOr(results));
      expect(node.matched).toBe(matched.some(Boolean));
      break;
    case "not":
      expect(children).toHaveLength(1);
      expect(node.result).toBe(results[0] === "unknown" ? "unknown" : !results[0]);
      expect(node.matched).toBe(!matched[0]);
      break;
    case "valuePath":
      if (node.actual === undefined) {
        expect(children).toEqual([]);
        expect(node.result).toBe("unknown");
      } else {
        expect(children.map((child) => child.element)).toEqual(node.actual.map((_element, index) => index));
        expect(node.result).toBe(kleeneOr(results));
      }
      expect(node.matched).toBe(matched.some(Boolean));
      break;
    case "compare":
    case "present":
    case "implicit":
      expect(node.children).toBeUndefined();
      if (node.result === "unknown") expect(node.actual).toBeUndefined();
      break;
  }
  // Decisive marks run from the root along the deciding children only.
  const decisive = children.filter((child) => child.decisive);
  if (!node.decisive) expect(decisive).toEqual([]);
  else if ((node.kind === "and" && !node.matched) || ((node.kind === "or" || node.kind === "valuePath") && node.matched)) {
    expect(decisive).toEqual([children.find((child) => child.matched === node.matched)]);
  } else expect(decisive).toEqual(children);
  return (node.kind === "implicit" ? 1 : 0) + children.reduce((sum, child) => sum + checkNode(child), 0);
}

function check(filter: Filter, user: UserRecord, schema: FilterSchema | undefined): void {
  const explanation = explainFilter(filter, user, schema);
  expect(explanation.result).toBe(compileFilter(filter, schema)(user));
  expect(explanation.root.matched).toBe(explanation.result);
  expect(explanation.root.decisive).toBe(true);
  expect(checkNode(explanation.root)).toBe(implicitClausesFor(filter, schema).length);
  expect(explainFilter(formatFilter(filter), user, schema).result).toBe(explanation.result);
}

const staffbaseUserArb: fc.Arbitrary<UserRecord> = fc.oneof(staffbaseUser, fc.constantFrom(...staffbaseUsers));

describe("explainFilter agrees with compileFilter, and each node with its children", () => {
  it.each([
    ["the Staffbase schema (status default included)", staffbaseUserSchema],
    ["the Staffbase schema without the status default", NO_IMPLICIT],
  ] as const)("on random Staffbase filters and users with %s", (_label, schema: FilterSchema) => {
    fc.assert(
      fc.property(staffbaseFilter, staffbaseUserArb, (filter, user) => check(filter, user, schema)),
      { numRuns: 400 },
    );
  });

  it.each([
    ["no schema", undefined],
    ["the SCIM core schema", scimCoreUserSchema],
  ] as const)("on generic filters and JSON users with %s", (_label, schema: FilterSchema | undefined) => {
    fc.assert(
      fc.property(genericFilter, genericUser, (filter, user) => check(filter, user, schema)),
      { numRuns: 400 },
    );
  });

  it("on filters with Enterprise extension paths and users with the extension, with schemaFromScim(rfc7643Schemas)", () => {
    const schema = schemaFromScim(rfc7643Schemas);
    // Not vacuous: the runs must read extension values and see them both met and not met.
    const seen = { met: 0, notMet: 0 };
    const count = (node: ExplanationNode): void => {
      if (node.kind === "compare" && node.text.toLowerCase().startsWith(ENTERPRISE_URN.toLowerCase()) && node.actual !== undefined) {
        seen[node.matched ? "met" : "notMet"] += 1;
      }
      node.children?.forEach(count);
    };
    fc.assert(
      fc.property(enterpriseFilter, enterpriseUser, (filter, user) => {
        check(filter, user, schema);
        count(explainFilter(filter, user, schema).root);
      }),
      { numRuns: 400 },
    );
    expect(seen.met).toBeGreaterThan(0);
    expect(seen.notMet).toBeGreaterThan(0);
  });

  it("explanations are plain JSON", () => {
    fc.assert(
      fc.property(staffbaseFilter, staffbaseUserArb, (filter, user) => {
        const explanation = explainFilter(filter, user, staffbaseUserSchema);
        expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
      }),
      { numRuns: 100 },
    );
  });
});
