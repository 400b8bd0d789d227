// Where each attribute lives in a relational layout: the `mapping` argument of toSql.
import type { StoredType } from "../translate/stored-type.js";

/** A column of the users table (or of a child table, for sub-attributes). */
export interface SqlColumn {
  column: string;
  type: StoredType;
}

/**
 * A value inside a JSON document column (Postgres `jsonb`, SQLite JSON text): `path` is the keys from the
 * document's root. A value of another JSON type than `type` counts as absent.
 */
export interface SqlJsonPath {
  json: string;
  path: readonly string[];
  type: StoredType;
}

/**
 * A multi-valued attribute in its own table, one row per value, joined by `key` to the users table's id:
 * either simple values in `column` (`user_groups(user_id, group_id)`), or complex ones whose
 * sub-attributes are columns (`emails(user_id, value, type, "primary")`). A row stands for the element
 * whose sub-attributes are its columns (NULL: null).
 */
export interface SqlChildTable {
  table: string;
  key: string;
  column?: string;
  type?: StoredType;
  subAttributes?: Readonly<Record<string, SqlColumn>>;
}

export type SqlLocation = SqlColumn | SqlJsonPath | SqlChildTable;

/** Fields under a prefix (`profile.<fieldID>`) as keys of one JSON document column. */
export interface SqlDynamicFields {
  json: string;
  type: StoredType;
  /** The stored keys, so that `profile.LEVEL` finds `Level`; other field ids are used as written. */
  fields?: readonly string[];
}

export interface SqlMapping {
  /** The users table. */
  table: string;
  /** Its key, which child tables reference (default `id`). */
  id?: string;
  /** By attribute path as the schema documents it (case-insensitive), e.g. `name.givenName`, `emails`. */
  attributes: Readonly<Record<string, SqlLocation>>;
  /** By prefix, e.g. `profile`. */
  dynamic?: Readonly<Record<string, SqlDynamicFields>>;
}

export type SqlDialect = "postgres" | "sqlite";
