// toSql (Postgres, SQLite) and toMongo against real engines, Staffbase schema: for the documentation's
// examples on the fixture users, and for random filters over random users (hostile strings included),
// the ids each engine returns are the ids matchUsers returns for the users the rows stand for.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filter } from "../../src/index.js";
import { matchUsers, parseFilter, staffbaseUserSchema } from "../../src/index.js";
import { staffbaseUsers } from "../fixtures/staffbase-users.js";
import { STAFFBASE_EXAMPLES } from "../fixtures/filter-examples.js";
import { NO_SPAN } from "../helpers/ast.js";
import { filterTree, staffbaseFilter, staffbaseLeaf, staffbaseUser } from "../helpers/evaluate-arbitraries.js";
import type { SqlEngine } from "./engines.js";
import { postgresEngine, sqliteEngine } from "./engines.js";
import type { Setup } from "./differential.js";
import { answers, assertEnginesAgree } from "./differential.js";
import { hostileString } from "./hostile.js";
import type { StoredStaffbaseUser } from "./staffbase-store.js";
import {
  staffbaseApiUser,
  staffbaseDocument,
  staffbasePostgres,
  staffbaseRows,
  staffbaseSqlite,
  storeStaffbaseUser,
  testMongoMapping,
  testSqlMapping,
} from "./staffbase-store.js";

const schema = staffbaseUserSchema;
let postgres: SqlEngine;
let sqlite: SqlEngine;

// Starting Postgres in WASM takes seconds on a busy machine.
beforeAll(async () => {
  [postgres, sqlite] = await Promise.all([postgresEngine(staffbasePostgres), sqliteEngine(staffbaseSqlite)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([postgres.close(), sqlite.close()]);
});

function expectedIds(filter: Filter, users: readonly StoredStaffbaseUser[]): string[] {
  return matchUsers(users.map(staffbaseApiUser), filter, schema)
    .map((user) => String(user.id))
    .sort();
}

function setup(): Setup<StoredStaffbaseUser> {
  return { schema, postgres, sqlite, sqlMapping: testSqlMapping, mongoMapping: testMongoMapping, rows: staffbaseRows, document: staffbaseDocument, expected: expectedIds };
}

describe("the Staffbase documentation's examples, on the fixture users", () => {
  const stored = staffbaseUsers.map((user) => storeStaffbaseUser(user, user.id));

  it("the layouts hold everything the examples read: the stored users match as the fixture does", () => {
    for (const [text] of STAFFBASE_EXAMPLES) {
      expect(expectedIds(parseFilter(text), stored)).toEqual(matchUsers(staffbaseUsers, text, schema).map((user) => user.id).sort());
    }
  });

  it.each(STAFFBASE_EXAMPLES.map(([text]) => text))("%s", async (text) => {
    const filter = parseFilter(text);
    const expected = expectedIds(filter, stored);
    expect(await answers(setup(), filter, stored)).toEqual({ postgres: expected, sqlite: expected, mongo: expected });
  });
});

/** Comparisons on the string attributes with hostile values: wildcards, quotes, case mappings. */
const hostileLeaf: fc.Arbitrary<Filter> = fc
  .record({
    path: fc.constantFrom("profile.department", "profile.Level", "nickName", "role.type", "staffbase.role", "userName"),
    operator: fc.constantFrom("eq", "ne", "co", "sw", "ew", "gt", "le" as const),
    value: hostileString,
  })
  .map(({ path, operator, value }) => {
    const dot = path.indexOf(".");
    const attribute = dot === -1 ? { path, name: path } : { path, name: path.slice(0, dot), subAttribute: path.slice(dot + 1) };
    return { type: "compare", attribute, operator, value, span: NO_SPAN };
  });

const filters = fc.oneof(staffbaseFilter, filterTree(fc.oneof(staffbaseLeaf, hostileLeaf), 2));

/** Users from the evaluator's arbitrary, their strings sometimes hostile. */
const users = fc
  .array(
    fc.tuple(staffbaseUser, fc.record({ nickName: hostileString, userName: hostileString, department: hostileString, email: hostileString }, { requiredKeys: [] })),
    { maxLength: 8 },
  )
  .map((pairs) =>
    pairs.map(([user, hostile], index) => {
      const profile = { ...(user.profile as Record<string, unknown> | undefined), ...(hostile.department === undefined ? {} : { department: hostile.department }) };
      const emails = hostile.email === undefined ? user.emails : [...(Array.isArray(user.emails) ? (user.emails as unknown[]) : []), { value: hostile.email }];
      return storeStaffbaseUser({ ...user, ...(hostile.nickName === undefined ? {} : { nickName: hostile.nickName }), ...(hostile.userName === undefined ? {} : { userName: hostile.userName }), profile, emails }, `u${index}`);
    }),
  );

describe("random filters over random users", () => {
  it("every engine returns matchUsers' ids, or the translator refuses with a TranslationError", () => assertEnginesAgree(setup(), users, filters), 120_000);
});
