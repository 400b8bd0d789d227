// Shared by the evaluator tests: the ids a filter selects from the Staffbase fixture.
import { expect } from "vitest";
import type { Filter } from "../../src/ast.js";
import { matchUsers } from "../../src/evaluate/match.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { FilterSchema, UserRecord } from "../../src/schema/types.js";
import { fixtureIds, staffbaseUsers } from "../fixtures/staffbase-users.js";

/** The ids of the fixture users the filter matches, sorted. */
export function matchingIds(filter: Filter | string, schema: FilterSchema = staffbaseUserSchema): string[] {
  return matchUsers(staffbaseUsers, filter, schema)
    .map((user) => user.id)
    .sort();
}

/** Asserts the exact set of matching fixture ids (and that the expectation only names real users). */
export function expectMatches(filter: Filter | string, expected: readonly string[], schema?: FilterSchema): void {
  for (const id of expected) expect(fixtureIds, `"${id}" is not a fixture user`).toContain(id);
  expect(matchingIds(filter, schema)).toEqual([...expected].sort());
}

/** The `id`s of ad-hoc users that a filter matches. */
export function ids(users: readonly (UserRecord & { id: string })[], filter: Filter | string, schema?: FilterSchema): string[] {
  return matchUsers(users, filter, schema).map((user) => user.id);
}
