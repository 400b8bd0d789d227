// RFC 7643 Users (core + Enterprise) as the documented layouts store them (scimSqlMapping,
// scimMongoMapping), generated directly in stored form: typed values, hostile strings among them. The
// SCIM JSON user they stand for is what matchUsers is run on.
import fc from "fast-check";
import type { UserRecord } from "../../src/index.js";
import { scimMongoMapping } from "../../src/mongo/index.js";
import { scimSqlMapping } from "../../src/sql/index.js";
import type { SqlChildTable, SqlColumn, StoredType } from "../../src/sql/index.js";
import type { Layout } from "./engines.js";
import { hostileString } from "./hostile.js";
import type { Rows } from "./sql-rows.js";
import { storable } from "./staffbase-store.js";

export const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

export const SCIM_STRINGS = [
  "bjensen",
  "BJensen",
  "Barbara",
  "Jensen",
  "O'Malley",
  "o'malley",
  "J",
  "john",
  "Employee",
  "employee",
  "Intern",
  "work",
  "WORK",
  "home",
  "xmpp",
  "example.com",
  "bjensen@example.com",
  "BJENSEN@EXAMPLE.COM",
  "jsmith@example.org",
  "jdoe@foo.com",
  "Tour Operations",
  "701984",
  "26118915",
  "",
];

export const SCIM_INSTANTS = ["2011-05-13T04:42:34.000Z", "2011-05-13T04:42:33.999Z", "2011-05-13T00:00:00.000Z", "2011-05-13T04:42:34.001Z", "2010-01-23T04:56:22.000Z", "0999-12-31T23:59:59.999Z"];

export interface StoredScimUser {
  id: string;
  /** By mapping attribute path (columns of scim_users). */
  values: Record<string, string | boolean>;
  /** By mapping attribute path: the rows of its child table, by sub-attribute name. */
  children: Record<string, Record<string, string | boolean | null>[]>;
}

const stringValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SCIM_STRINGS) }, { weight: 1, arbitrary: hostileString });

function valueOf(type: StoredType): fc.Arbitrary<string | boolean | null> {
  const value: fc.Arbitrary<string | boolean | null> =
    type === "boolean" ? fc.boolean() : type === "dateTime" ? fc.constantFrom(...SCIM_INSTANTS) : stringValue.map(storable);
  return fc.option(value, { nil: null, freq: 3 });
}

const columns = Object.entries(scimSqlMapping.attributes).filter((entry): entry is [string, SqlColumn] => "column" in entry[1] && !("table" in entry[1]) && entry[0] !== "id");
const children = Object.entries(scimSqlMapping.attributes).filter((entry): entry is [string, SqlChildTable] => "table" in entry[1]);

const element = (child: SqlChildTable) =>
  fc.record(Object.fromEntries(Object.entries(child.subAttributes ?? {}).map(([name, column]) => [name, valueOf(column.type)])));

/** A user in stored form; `id` is given by position. */
export const scimStoredUser: fc.Arbitrary<Omit<StoredScimUser, "id">> = fc.record({
  values: fc
    .record(Object.fromEntries(columns.map(([path, column]) => [path, valueOf(column.type)])))
    .map((values) => Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | boolean] => entry[1] !== null))),
  children: fc.record(Object.fromEntries(children.map(([path, child]) => [path, fc.array(element(child), { maxLength: 3 })]))),
});

/** Sets `value` at a dotted path (`name.givenName`), creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = (target[head] ??= {}) as Record<string, unknown>;
  setPath(next, rest, value);
}

/** The SCIM JSON user: single-valued attributes at their paths (Enterprise ones under the URN), multi-valued ones as arrays. */
export function scimJsonUser(user: StoredScimUser): UserRecord {
  const json: Record<string, unknown> = { id: user.id };
  for (const [path, value] of Object.entries(user.values)) {
    if (path.startsWith(`${ENTERPRISE}:`)) setPath(json, [ENTERPRISE, ...path.slice(ENTERPRISE.length + 1).split(".")], value);
    else setPath(json, path.split("."), value);
  }
  for (const [path, rows] of Object.entries(user.children)) if (rows.length > 0) json[path] = rows;
  return json;
}

export function scimRows(users: readonly StoredScimUser[]): Rows {
  const rows: Rows = {
    scim_users: users.map((user) => ({
      id: user.id,
      ...Object.fromEntries(columns.map(([path, column]) => [column.column, user.values[path] ?? null])),
    })),
  };
  for (const [path, child] of children) {
    rows[child.table] = users.flatMap((user) =>
      (user.children[path] ?? []).map((element) => ({
        [child.key]: user.id,
        ...Object.fromEntries(Object.entries(child.subAttributes ?? {}).map(([name, column]) => [column.column, element[name] ?? null])),
      })),
    );
  }
  return rows;
}

/** The document scimMongoMapping describes (absent values as null, which must read as absent). */
export function scimDocument(user: StoredScimUser): Record<string, unknown> {
  const document: Record<string, unknown> = { id: user.id };
  for (const [path, location] of Object.entries(scimMongoMapping.attributes)) {
    if (path === "id") continue;
    if ("subAttributes" in location) {
      const elements = location;
      document[elements.field] = (user.children[path] ?? []).map((row) =>
        Object.fromEntries(Object.entries(elements.subAttributes).map(([name, sub]) => [sub.field, row[name] ?? null])),
      );
    } else {
      setPath(document, (location).field.split("."), user.values[path] ?? null);
    }
  }
  return document;
}

function scimDdl(boolean: string): string {
  const child = (table: string, rest: string) => `CREATE TABLE ${table} (user_id text NOT NULL REFERENCES scim_users (id), ${rest});`;
  const multi = `value text, display text, type text, "primary" ${boolean}`;
  return `
    CREATE TABLE scim_users (id text PRIMARY KEY, ${columns.map(([, column]) => `${column.column} ${column.type === "boolean" ? boolean : "text"}`).join(", ")});
    ${child("scim_emails", multi)}
    ${child("scim_phone_numbers", multi)}
    ${child("scim_ims", multi)}
    ${child("scim_groups", multi)}
    ${child("scim_addresses", "formatted text, street_address text, locality text, region text, postal_code text, country text, type text")}`;
}

const TABLES = ["scim_emails", "scim_phone_numbers", "scim_ims", "scim_groups", "scim_addresses", "scim_users"];
export const scimPostgres: Layout = { ddl: scimDdl("boolean"), table: "scim_users", tables: TABLES };
export const scimSqlite: Layout = { ddl: scimDdl("integer"), table: "scim_users", tables: TABLES };
