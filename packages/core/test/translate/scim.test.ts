// toSql (Postgres, SQLite) and toMongo against real engines, RFC 7643 User + Enterprise User in the
// documented layouts: the RFC 7644 examples and random filters over random users (hostile strings
// included) select the ids matchUsers selects from the SCIM JSON users the rows stand for.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttributePath, CompareOperator, Filter, FilterValue } from "../../src/index.js";
import { COMPARE_OPERATORS, matchUsers, parseFilter, rfc7643Schemas, schemaFromScim } from "../../src/index.js";
import { scimMongoMapping, toMongo } from "../../src/mongo/index.js";
import { UnmappedAttributeError, scimSqlMapping, toSql } from "../../src/sql/index.js";
import { RFC_EXAMPLES } from "../fixtures/filter-examples.js";
import { NO_SPAN } from "../helpers/ast.js";
import { filterTree } from "../helpers/evaluate-arbitraries.js";
import type { SqlEngine } from "./engines.js";
import { postgresEngine, sqliteEngine } from "./engines.js";
import type { Setup } from "./differential.js";
import { answers, assertEnginesAgree } from "./differential.js";
import { hostileString } from "./hostile.js";
import type { StoredScimUser } from "./scim-store.js";
import { ENTERPRISE, SCIM_STRINGS, scimDocument, scimJsonUser, scimPostgres, scimRows, scimSqlite, scimStoredUser } from "./scim-store.js";

const schema = schemaFromScim(rfc7643Schemas);
const CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
let postgres: SqlEngine;
let sqlite: SqlEngine;

beforeAll(async () => {
  [postgres, sqlite] = await Promise.all([postgresEngine(scimPostgres), sqliteEngine(scimSqlite)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([postgres.close(), sqlite.close()]);
});

function expectedIds(filter: Filter, users: readonly StoredScimUser[]): string[] {
  return matchUsers(users.map(scimJsonUser), filter, schema)
    .map((user) => String(user.id))
    .sort();
}

function setup(): Setup<StoredScimUser> {
  return { schema, postgres, sqlite, sqlMapping: scimSqlMapping, mongoMapping: scimMongoMapping, rows: scimRows, document: scimDocument, expected: expectedIds };
}

const bjensen: StoredScimUser = {
  id: "bjensen",
  values: { userName: "bjensen", "name.familyName": "O'Malley", title: "Tour Guide", userType: "Employee", "meta.lastModified": "2011-05-13T04:42:34.000Z" },
  children: { emails: [{ value: "bjensen@example.com", type: "work", primary: true, display: null }], ims: [{ value: "bjensen@foo.com", type: "xmpp", primary: null, display: null }] },
};
const john: StoredScimUser = { id: "john", values: { userName: "John", userType: "Intern", title: "" }, children: { emails: [{ value: "john@example.org", type: "home", primary: null, display: null }] } };
const sample = fc.sample(scimStoredUser, { numRuns: 40, seed: 7443 }).map((user, index) => ({ ...user, id: `u${index}` }));

describe("RFC 7644 §3.4.2.2 examples", () => {
  it.each(RFC_EXAMPLES.filter((text) => !text.startsWith("schemas ")))("%s", async (text) => {
    const users = [bjensen, john, ...sample];
    const filter = parseFilter(text);
    const expected = expectedIds(filter, users);
    expect(expected.length).toBeGreaterThan(0);
    expect(await answers(setup(), filter, users)).toEqual({ postgres: expected, sqlite: expected, mongo: expected });
  });

  it("an attribute the mapping does not place is a typed error naming it", () => {
    const text = RFC_EXAMPLES.find((example) => example.startsWith("schemas "));
    expect(text).toBeDefined();
    for (const translate of [() => toSql(text ?? "", scimSqlMapping, { dialect: "postgres", schema }), () => toMongo(text ?? "", scimMongoMapping, { schema })]) {
      expect(translate).toThrow(UnmappedAttributeError);
      expect(translate).toThrow(expect.objectContaining({ code: "unmapped-attribute", attribute: "schemas" }) as Error);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random filters over the mapped attributes.

const anyCase = (text: string) => fc.constantFrom(text, text.toUpperCase(), text.toLowerCase());

const FILTER_DATES = ["2011-05-13T04:42:34Z", "2011-05-13T04:42:34.000Z", "2011-05-13", "2011-05-13T04:42", "2011-05-13T06:42:34+02:00", "2011-05-13T04:42:34.001Z", "0999-12-31T23:59:59.999Z", "yesterday"];

const filterValue: fc.Arbitrary<FilterValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SCIM_STRINGS) },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...FILTER_DATES) },
  { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.integer({ min: -1, max: 2 }), fc.constant(null)) },
);

function pathOf(key: string, spell: string, core: boolean): AttributePath {
  const enterprise = key.startsWith(`${ENTERPRISE}:`);
  const short = enterprise ? key.slice(ENTERPRISE.length + 1) : key;
  const written = enterprise || !core ? spell : `${CORE}:${spell}`;
  const [name = "", subAttribute] = (enterprise ? spell.slice(ENTERPRISE.length + 1) : spell).split(".");
  const path: AttributePath = { path: written, name };
  if (enterprise) path.schema = ENTERPRISE;
  else if (core) path.schema = CORE;
  if (subAttribute !== undefined) path.subAttribute = subAttribute;
  void short;
  return path;
}

const children = Object.entries(scimSqlMapping.attributes).flatMap(([key, location]) => ("table" in location ? [[key, Object.keys(location.subAttributes ?? {})] as const] : []));
const paths = [
  ...Object.keys(scimSqlMapping.attributes),
  ...children.flatMap(([key, subs]) => subs.map((sub) => `${key}.${sub}`)),
];

function leaf(attribute: fc.Arbitrary<AttributePath>): fc.Arbitrary<Filter> {
  return fc
    .record({ attribute, operator: fc.constantFrom<CompareOperator | "pr">("pr", ...COMPARE_OPERATORS), value: filterValue })
    .map(({ attribute, operator, value }): Filter =>
      operator === "pr" ? { type: "present", attribute, span: NO_SPAN } : { type: "compare", attribute, operator, value, span: NO_SPAN },
    );
}

const topLeaf = leaf(
  fc
    .record({ key: fc.constantFrom(...paths), core: fc.boolean(), spell: fc.constantFrom<(text: string) => string>((text) => text, (text) => text.toUpperCase()) })
    .map(({ key, core, spell }) => pathOf(key, key.startsWith(`${ENTERPRISE}:`) ? key : spell(key), core)),
);

const valuePath: fc.Arbitrary<Filter> = fc.constantFrom(...children).chain(([name, subs]) =>
  filterTree(leaf(fc.constantFrom(...subs).chain(anyCase).map((sub): AttributePath => ({ path: sub, name: sub }))), 1).map(
    (filter): Filter => ({ type: "valuePath", attribute: { path: name, name }, filter, span: NO_SPAN }),
  ),
);

const filters = filterTree(fc.oneof({ weight: 4, arbitrary: topLeaf }, { weight: 1, arbitrary: valuePath }), 2);
const users = fc.array(scimStoredUser, { minLength: 1, maxLength: 8 }).map((list) => list.map((user, index) => ({ ...user, id: `u${index}` })));

describe("random filters over random users", () => {
  it("every engine returns matchUsers' ids, or the translator refuses with a TranslationError", () => assertEnginesAgree(setup(), users, filters), 120_000);
});
