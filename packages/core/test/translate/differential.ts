// The differential check both layouts' tests run: load the users into every engine, translate the filter
// for each, and compare the ids with matchUsers' — or note a typed refusal.
import fc from "fast-check";
import { expect } from "vitest";
import type { Filter, FilterSchema } from "../../src/index.js";
import type { MongoMapping } from "../../src/mongo/index.js";
import { toMongo } from "../../src/mongo/index.js";
import type { SqlMapping } from "../../src/sql/index.js";
import { TranslationError, toSql } from "../../src/sql/index.js";
import type { SqlEngine } from "./engines.js";
import { mongoIds } from "./engines.js";
import type { Rows } from "./sql-rows.js";

export interface Setup<U> {
  schema: FilterSchema;
  postgres: SqlEngine;
  sqlite: SqlEngine;
  sqlMapping: SqlMapping;
  mongoMapping: MongoMapping;
  rows: (users: readonly U[]) => Rows;
  document: (user: U) => Record<string, unknown>;
  /** The ids matchUsers selects from the user objects the stored users stand for, sorted. */
  expected: (filter: Filter, users: readonly U[]) => string[];
}

/** Each engine's ids, sorted, or undefined where the translator refused with a TranslationError. */
export async function answers<U>(setup: Setup<U>, filter: Filter, users: readonly U[]): Promise<Record<string, string[] | undefined>> {
  const { schema, postgres, sqlite, sqlMapping, mongoMapping } = setup;
  const refused = (translate: () => Promise<string[]> | string[]) => {
    try {
      return translate();
    } catch (error) {
      if (error instanceof TranslationError && error.code !== "unmapped-attribute") return undefined;
      throw error;
    }
  };
  const rows = setup.rows(users);
  await Promise.all([postgres.load(rows), sqlite.load(rows)]);
  return {
    postgres: await refused(() => postgres.ids(toSql(filter, sqlMapping, { dialect: "postgres", schema }))),
    sqlite: await refused(() => sqlite.ids(toSql(filter, sqlMapping, { dialect: "sqlite", schema }))),
    mongo: await refused(() => mongoIds(users.map(setup.document), toMongo(filter, mongoMapping, { schema }))),
  };
}

/**
 * Random filters over random users: every engine returns matchUsers' ids, or all refuse alike (hostile
 * values: case mappings beyond ASCII, NUL, orders of non-ASCII text), and that for a minority.
 */
export async function assertEnginesAgree<U>(setup: Setup<U>, users: fc.Arbitrary<U[]>, filters: fc.Arbitrary<Filter>): Promise<void> {
  let runs = 0;
  const refusals: Record<string, number> = { postgres: 0, sqlite: 0, mongo: 0 };
  let informative = 0;
  await fc.assert(
    fc.asyncProperty(users, filters, async (stored, filter) => {
      const expected = setup.expected(filter, stored);
      runs += 1;
      if (expected.length > 0 && expected.length < stored.length) informative += 1;
      for (const [engine, ids] of Object.entries(await answers(setup, filter, stored))) {
        if (ids === undefined) refusals[engine] = (refusals[engine] ?? 0) + 1;
        else expect(ids).toEqual(expected);
      }
    }),
    { numRuns: 100 },
  );
  expect(refusals.postgres).toBe(refusals.sqlite);
  expect(refusals.mongo).toBe(refusals.sqlite);
  expect((refusals.postgres ?? 0) / runs).toBeLessThan(0.25);
  // The cases tell users apart: some match and some do not.
  expect(informative).toBeGreaterThan(15);
}
