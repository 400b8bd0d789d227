// toSql (Postgres, SQLite) and toMongo against real engines, Staffbase schema: for the documentation's
// examples on the fixture users, and for random filters over random users (hostile strings included),
// the ids each engine returns are the ids matchUsers returns for the users the rows stand for.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filter } from "../../src/index.js";
import { matchUsers, parseFilter, staffbaseUserSchema } from "../../src/index.js";
import { toMongo } from "../../src/mongo/index.js";
import { TranslationError, toSql } from "../../src/sql/index.js";
import { staffbaseUsers } from "../fixtures/staffbase-users.js";
import { STAFFBASE_EXAMPLES } from "../fixtures/filter-examples.js";
import { NO_SPAN } from "../helpers/ast.js";
import { filterTree, staffbaseFilter, staffbaseLeaf, staffbaseUser } from "../helpers/evaluate-arbitraries.js";
import type { SqlEngine } from "./engines.js";
import { mongoIds, postgresEngine, sqliteEngine } from "./engines.js";
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

/** What each engine answers, or the refusal: undefined when the translator refused with a TranslationError. */
async function answers(filter: Filter, users: readonly StoredStaffbaseUser[]): Promise<Record<string, string[] | undefined>> {
  const rows = staffbaseRows(users);
  const refused = (translate: () => Promise<string[]> | string[]) => {
    try {
      return translate();
    } catch (error) {
      if (error instanceof TranslationError && error.code !== "unmapped-attribute") return undefined;
      throw error;
    }
  };
  await Promise.all([postgres.load(rows), sqlite.load(rows)]);
  return {
    postgres: await refused(() => postgres.ids(toSql(filter, testSqlMapping, { dialect: "postgres", schema }))),
    sqlite: await refused(() => sqlite.ids(toSql(filter, testSqlMapping, { dialect: "sqlite", schema }))),
    mongo: await refused(() => mongoIds(users.map(staffbaseDocument), toMongo(filter, testMongoMapping, { schema }))),
  };
}

function expectedIds(filter: Filter, users: readonly StoredStaffbaseUser[]): string[] {
  return matchUsers(users.map(staffbaseApiUser), filter, schema)
    .map((user) => String(user.id))
    .sort();
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
    expect(await answers(filter, stored)).toEqual({ postgres: expected, sqlite: expected, mongo: expected });
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
  it("every engine returns matchUsers' ids, or the translator refuses with a TranslationError", async () => {
    let runs = 0;
    const refusals: Record<string, number> = { postgres: 0, sqlite: 0, mongo: 0 };
    let informative = 0;
    await fc.assert(
      fc.asyncProperty(users, filters, async (stored, filter) => {
        const expected = expectedIds(filter, stored);
        runs += 1;
        if (expected.length > 0 && expected.length < stored.length) informative += 1;
        for (const [engine, ids] of Object.entries(await answers(filter, stored))) {
          if (ids === undefined) refusals[engine] = (refusals[engine] ?? 0) + 1;
          else expect(ids).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
    // Refusals are for hostile values (case mappings beyond ASCII, NUL, orders of non-ASCII text), the
    // same in every engine.
    expect(refusals.postgres).toBe(refusals.sqlite);
    expect(refusals.mongo).toBe(refusals.sqlite);
    expect((refusals.postgres ?? 0) / runs).toBeLessThan(0.25);
    // The cases tell users apart: some match and some do not.
    expect(informative).toBeGreaterThan(15);
  }, 120_000);
});
