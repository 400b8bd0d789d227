// Staffbase users as the documented layouts store them (src/sql/mappings.ts, src/mongo/mappings.ts):
// what a database can hold of a user object, read through the schema's own readers. A value the layout
// cannot hold (a wrong type, an unparsable time stamp, a NUL or lone surrogate) is not stored; the user
// object the rows stand for (`apiUser`) is what matchUsers is run on.
import { staffbaseUserSchema } from "../../src/index.js";
import type { UserRecord } from "../../src/index.js";
import type { MongoMapping } from "../../src/mongo/index.js";
import { staffbaseMongoMapping } from "../../src/mongo/index.js";
import type { SqlMapping } from "../../src/sql/index.js";
import { staffbaseSqlMapping } from "../../src/sql/index.js";
import { parseFilterDate } from "../../src/values/date.js";
import type { Layout } from "./engines.js";
import type { Rows } from "./sql-rows.js";

export interface StoredStaffbaseUser {
  id: string;
  status: string | null;
  role: string | null;
  creationType: string | null;
  userName: string | null;
  externalId: string | null;
  created: string | null;
  updated: string | null;
  deactivated: string | null;
  passwordHash: string | null;
  recoveryCode: string | null;
  emails: string[];
  groups: string[];
  spaces: string[];
  profile: Record<string, string>;
  /** An attribute the schema does not know, in a JSON document column: the tests' mapping adds it. */
  nickName: string | null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string every engine can hold, or null. */
export function storable(value: unknown): string | null {
  return typeof value === "string" && !value.includes("\u0000") && !LONE_SURROGATE.test(value) ? value : null;
}

export function storableStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(storable).filter((text) => text !== null) : [];
}

/** A time stamp as the layouts store it (toISOString), or null when it is not one. */
export function storedInstant(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const parsed = parseFilterDate(value);
  return parsed.ok ? new Date(parsed.time).toISOString() : null;
}

function read(path: string, user: UserRecord): unknown {
  const reader = staffbaseUserSchema.attributes.find((attribute) => attribute.path === path)?.read;
  if (reader === undefined) throw new Error(`no reader for ${path}`);
  return reader(user);
}

export const PROFILE_FIELDS = ["department", "Level"];

/** What the layouts store of a user object (any shape the evaluator reads). */
export function storeStaffbaseUser(user: UserRecord, id: string): StoredStaffbaseUser {
  const password = read("password", user);
  const recoveryCode = read("staffbase.recoveryCode", user);
  const profile = typeof user.profile === "object" && user.profile !== null ? (user.profile as Record<string, unknown>) : {};
  return {
    id,
    status: storable(read("staffbase.status", user)),
    role: storable(read("staffbase.role", user)),
    creationType: storable(read("staffbase.creationType", user)),
    userName: storable(read("userName", user)),
    externalId: storable(read("externalId", user)),
    created: storedInstant(read("created", user)),
    updated: storedInstant(read("updated", user)),
    deactivated: storedInstant(read("deactivated", user)),
    passwordHash: password === true ? "hash" : null,
    recoveryCode: recoveryCode === true ? "code" : storable(recoveryCode),
    emails: storableStrings(read("emails", user)),
    groups: storableStrings(read("groups", user)),
    spaces: storableStrings(read("staffbase.space", user)),
    profile: Object.fromEntries(PROFILE_FIELDS.flatMap((field) => {
      const value = storable(profile[field]);
      return value === null ? [] : [[field, value]];
    })),
    nickName: storable(user.nickName),
  };
}

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * The user object the stored user stands for, in the legacy API shape with the filter-only facts as plain
 * fields (StaffbaseUser): a stored password hash is `hasPassword: true`, a stored recovery code `recoveryCode`.
 */
export function staffbaseApiUser(stored: StoredStaffbaseUser): UserRecord {
  return defined({
    id: stored.id,
    status: stored.status,
    role: stored.role === null ? null : { type: stored.role },
    userName: stored.userName,
    externalId: stored.externalId,
    created: stored.created,
    updated: stored.updated,
    recoveryCode: stored.recoveryCode,
    emails: stored.emails.map((value) => ({ value })),
    groupIDs: stored.groups,
    profile: stored.profile,
    nickName: stored.nickName,
    creationType: stored.creationType,
    spaceIDs: stored.spaces,
    hasPassword: stored.passwordHash !== null && stored.passwordHash !== "",
    deactivated: stored.deactivated,
  });
}

export function staffbaseRows(users: readonly StoredStaffbaseUser[]): Rows {
  return {
    users: users.map((user) => ({
      id: user.id,
      status: user.status,
      role: user.role,
      creation_type: user.creationType,
      user_name: user.userName,
      external_id: user.externalId,
      created: user.created,
      updated: user.updated,
      deactivated: user.deactivated,
      password_hash: user.passwordHash,
      recovery_code: user.recoveryCode,
      profile: JSON.stringify(user.profile),
      data: JSON.stringify(user.nickName === null ? {} : { nickName: user.nickName }),
    })),
    emails: users.flatMap((user) => user.emails.map((value) => ({ user_id: user.id, value }))),
    user_groups: users.flatMap((user) => user.groups.map((group) => ({ user_id: user.id, group_id: group }))),
    user_spaces: users.flatMap((user) => user.spaces.map((space) => ({ user_id: user.id, space_id: space }))),
  };
}

/** The document the Mongo layout stores (nulls kept: they must read as absent). */
export function staffbaseDocument(user: StoredStaffbaseUser): Record<string, unknown> {
  return {
    id: user.id,
    status: user.status,
    role: user.role === null ? null : { type: user.role },
    creationType: user.creationType,
    userName: user.userName,
    externalID: user.externalId,
    created: user.created,
    updated: user.updated,
    deactivated: user.deactivated,
    passwordHash: user.passwordHash,
    recoveryCode: user.recoveryCode,
    emails: user.emails.map((value) => ({ value, primary: true })),
    groupIDs: user.groups,
    spaceIDs: user.spaces,
    profile: user.profile,
    data: { nickName: user.nickName },
  };
}

function staffbaseDdl(json: string, boolean: string): string {
  return `
    CREATE TABLE users (id text PRIMARY KEY, status text, role text, creation_type text, user_name text, external_id text,
      created text, updated text, deactivated text, password_hash text, recovery_code text, profile ${json}, data ${json});
    CREATE TABLE emails (user_id text NOT NULL REFERENCES users (id), value text, type text, "primary" ${boolean});
    CREATE TABLE user_groups (user_id text NOT NULL REFERENCES users (id), group_id text NOT NULL);
    CREATE TABLE user_spaces (user_id text NOT NULL REFERENCES users (id), space_id text NOT NULL);`;
}

const TABLES = ["emails", "user_groups", "user_spaces", "users"];
export const staffbasePostgres: Layout = { ddl: staffbaseDdl("jsonb", "boolean"), table: "users", tables: TABLES };
export const staffbaseSqlite: Layout = { ddl: staffbaseDdl("text", "integer"), table: "users", tables: TABLES };

/** The documented mappings, plus the attributes the evaluator arbitraries use that the schema does not know. */
export const testSqlMapping: SqlMapping = {
  ...staffbaseSqlMapping,
  attributes: { ...staffbaseSqlMapping.attributes, nickName: { json: "data", path: ["nickName"], type: "string" }, "role.type": { column: "role", type: "string" } },
  dynamic: { profile: { json: "profile", type: "string", fields: PROFILE_FIELDS } },
};

export const testMongoMapping: MongoMapping = {
  ...staffbaseMongoMapping,
  attributes: { ...staffbaseMongoMapping.attributes, nickName: { field: "data.nickName", type: "string" }, "role.type": { field: "role.type", type: "string" } },
  dynamic: { profile: { field: "profile", type: "string", fields: PROFILE_FIELDS } },
};
