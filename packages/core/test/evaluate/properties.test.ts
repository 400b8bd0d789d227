// Property tests: the compiled evaluator agrees with the naive reference interpreter
// (test/helpers/reference-evaluator.ts), `not` complements, and nothing ever throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filter } from "../../src/ast.js";
import { compileFilter } from "../../src/evaluate/compile.js";
import { matchUsers } from "../../src/evaluate/match.js";
import { formatFilter } from "../../src/format/format.js";
import { parseFilter } from "../../src/parse/parse.js";
import { scimCoreUserSchema } from "../../src/schema/scim-core.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { FilterSchema, UserRecord } from "../../src/schema/types.js";
import { NO_SPAN } from "../helpers/ast.js";
import { genericFilter, genericUser, staffbaseFilter, staffbaseUser } from "../helpers/evaluate-arbitraries.js";
import { referenceMatches } from "../helpers/reference-evaluator.js";
import { staffbaseUsers } from "../fixtures/staffbase-users.js";

const NO_IMPLICIT: FilterSchema = { ...staffbaseUserSchema, implicit: [] };

/** Indexes of the users a filter matches (users need not have distinct ids). */
function matchedIndexes(users: readonly UserRecord[], filter: Filter | string, schema?: FilterSchema): number[] {
  const matched = new Set(matchUsers(users, filter, schema));
  return users.flatMap((user, index) => (matched.has(user) ? [index] : []));
}

function referenceIndexes(users: readonly UserRecord[], filter: Filter, schema?: FilterSchema): number[] {
  return users.flatMap((user, index) => (referenceMatches(filter, user, schema) ? [index] : []));
}

const staffbaseUsersArb = fc.array(staffbaseUser, { maxLength: 8 }).map((users) => [...users, ...staffbaseUsers]);

describe("the compiled evaluator agrees with the reference interpreter", () => {
  it("on random Staffbase filters and users (status default included), also after formatFilter", () => {
    fc.assert(
      fc.property(staffbaseFilter, staffbaseUsersArb, (filter, users) => {
        const expected = referenceIndexes(users, filter, staffbaseUserSchema);
        expect(matchedIndexes(users, filter, staffbaseUserSchema)).toEqual(expected);
        expect(matchedIndexes(users, formatFilter(filter), staffbaseUserSchema)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("on random Staffbase filters without the status default", () => {
    fc.assert(
      fc.property(staffbaseFilter, staffbaseUsersArb, (filter, users) => {
        expect(matchedIndexes(users, filter, NO_IMPLICIT)).toEqual(referenceIndexes(users, filter, NO_IMPLICIT));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["no schema", undefined],
    ["the SCIM core schema", scimCoreUserSchema],
  ] as const)("on generic filters and JSON users with %s", (_label, schema: FilterSchema | undefined) => {
    fc.assert(
      fc.property(genericFilter, fc.array(genericUser, { maxLength: 8 }), (filter, users) => {
        const expected = referenceIndexes(users, filter, schema);
        expect(matchedIndexes(users, filter, schema)).toEqual(expected);
        expect(matchedIndexes(users, formatFilter(filter), schema)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe("not (f) matches exactly the users f does not (implicit clause disabled)", () => {
  it.each([
    ["Staffbase filters", staffbaseFilter, staffbaseUsersArb, NO_IMPLICIT],
    ["generic filters", genericFilter, fc.array(genericUser, { maxLength: 8 }), undefined],
  ] as const)("%s", (_label, filters: fc.Arbitrary<Filter>, usersArb: fc.Arbitrary<UserRecord[]>, schema: FilterSchema | undefined) => {
    fc.assert(
      fc.property(filters, usersArb, (filter, users) => {
        const matched = new Set(matchedIndexes(users, filter, schema));
        const negated: Filter = { type: "not", filter, span: NO_SPAN };
        expect(matchedIndexes(users, negated, schema)).toEqual(users.flatMap((_user, index) => (matched.has(index) ? [] : [index])));
      }),
      { numRuns: 200 },
    );
  });
});

describe("compiling and evaluating never throw", () => {
  const jsonUser = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 });
  const anyUser = fc.oneof(jsonUser, genericUser, staffbaseUser);
  const schemas = [undefined, staffbaseUserSchema, scimCoreUserSchema, NO_IMPLICIT] as const;

  it("for any parsed filter and any JSON-ish user, with or without a schema", () => {
    fc.assert(
      fc.property(fc.oneof(genericFilter, staffbaseFilter), fc.array(anyUser, { maxLength: 5 }), (built, users) => {
        const filter = parseFilter(formatFilter(built));
        for (const schema of schemas) {
          const predicate = compileFilter(filter, schema);
          for (const user of users) expect(typeof predicate(user)).toBe("boolean");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("for fc.jsonValue users under every attribute name the fixture and schemas use", () => {
    const names = [
      ...staffbaseUserSchema.attributes.map((attribute) => attribute.path),
      ...scimCoreUserSchema.attributes.map((attribute) => attribute.path),
      "profile.x",
      "constructor",
      "hasOwnProperty",
      "toString",
      "valueOf",
    ];
    const filters = names.flatMap((name) => [
      parseFilter(`${name} pr`),
      parseFilter(`${name} eq "x" or ${name} ne 1 or ${name} gt "2021-01-01" or ${name} co true or ${name} eq null`),
      parseFilter(`${name}[value pr or not (type eq "x")]`),
    ]);
    const compiled = schemas.flatMap((schema) => filters.map((filter) => compileFilter(filter, schema)));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names.map((name) => name.split(".")[0] ?? name), "_mock", "value", "__proto__"), fc.jsonValue({ maxDepth: 3 })), (user) => {
        for (const predicate of compiled) expect(typeof predicate(user)).toBe("boolean");
      }),
      { numRuns: 50 },
    );
  });
});
