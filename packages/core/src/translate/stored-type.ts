// What a mapped attribute's values are in the database: the translators' promise about the data.

/**
 * `string`: text; `number`: a number; `boolean`: a boolean (SQLite: 0 / 1); `dateTime`: text holding the
 * instant as `Date.prototype.toISOString()` writes it (`2021-01-01T10:00:00.000Z`), which orders as the
 * instants do. A value of another type is not stored (NULL / missing), as nothing compares with it.
 */
export type StoredType = "string" | "number" | "boolean" | "dateTime";

export const STORED_TYPES: readonly StoredType[] = ["string", "number", "boolean", "dateTime"];
