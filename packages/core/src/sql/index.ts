// @scim-filter/core/sql: filters as SQL conditions (Postgres, SQLite). No database driver: pass
// `{ sql, params }` to your own client.
export type { SqlQuery, SqlOptions } from "./to-sql.js";
export { toSql } from "./to-sql.js";
export type { SqlChildTable, SqlColumn, SqlDialect, SqlDynamicFields, SqlJsonPath, SqlLocation, SqlMapping } from "./mapping.js";
export type { StoredType } from "../translate/stored-type.js";
export type { TranslationErrorCode } from "../translate/errors.js";
export { TranslationError, UnmappedAttributeError } from "../translate/errors.js";
export { scimSqlMapping, staffbaseSqlMapping } from "./mappings.js";
