// What differs between Postgres and SQLite in the SQL the translator writes.
import type { StoredType } from "../translate/stored-type.js";
import type { SqlDialect } from "./mapping.js";

export interface Dialect {
  placeholder: (index: number) => string;
  /** Lower-cases as JavaScript does for the values toSql lets through (see translate/exactness.ts). */
  fold: (expression: string) => string;
  /** Byte-wise (code point) order, whatever the column's collation. */
  collate: string;
  /** `co` / `sw` / `ew` with the value as a parameter, its characters never wildcards. */
  contains: (operand: string, operator: "co" | "sw" | "ew", value: string, param: (value: unknown) => string) => string;
  /** A value of a JSON document as SQL of its stored type, NULL when it has another JSON type. */
  json: (document: string, path: readonly string[], type: StoredType, param: (value: unknown) => string) => string;
  /** How a boolean is passed. */
  boolean: (value: boolean) => unknown;
}

/** `\`, `%` and `_` escaped for `LIKE … ESCAPE '\'`. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const postgres: Dialect = {
  placeholder: (index) => `$${index}`,
  fold: (expression) => `lower(replace(replace(${expression}, chr(8490), 'k'), chr(304), 'i' || chr(775)))`,
  collate: ' COLLATE "C"',
  contains: (operand, operator, value, param) => {
    const pattern = operator === "sw" ? `${likeLiteral(value)}%` : operator === "ew" ? `%${likeLiteral(value)}` : `%${likeLiteral(value)}%`;
    return `${operand} LIKE ${param(pattern)} COLLATE "C" ESCAPE '\\'`;
  },
  json: (document, path, type, param) => {
    const value = [document, ...path.map((key) => `CAST(${param(key)} AS text)`)].join(" -> ");
    const jsonType = type === "number" ? "number" : type === "boolean" ? "boolean" : "string";
    const cast = type === "number" ? `(${value})::numeric` : type === "boolean" ? `(${value})::boolean` : `(${value}) #>> '{}'`;
    return `(CASE WHEN jsonb_typeof(${value}) = '${jsonType}' THEN ${cast} END)`;
  },
  boolean: (value) => value,
};

/** SQLite JSON paths quote each key: `$."name"."givenName"`. */
function sqlitePath(path: readonly string[]): string {
  return `$${path.map((key) => `."${key}"`).join("")}`;
}

const sqlite: Dialect = {
  placeholder: (index) => `?${index}`,
  // lower() is ASCII-only in SQLite: what exactness.ts lets through needs no more.
  fold: (expression) => `lower(replace(replace(${expression}, char(8490), 'k'), char(304), 'i' || char(775)))`,
  collate: " COLLATE BINARY",
  // SQLite's LIKE ignores ASCII case and GLOB has wildcards of its own: compare substrings instead.
  contains: (operand, operator, value, param) => {
    const needle = param(value);
    if (operator === "co") return `instr(${operand}, ${needle}) > 0`;
    if (operator === "sw") return `substr(${operand}, 1, length(${needle})) = ${needle}`;
    return `(length(${operand}) >= length(${needle}) AND substr(${operand}, length(${operand}) - length(${needle}) + 1) = ${needle})`;
  },
  json: (document, path, type, param) => {
    const at = param(sqlitePath(path));
    const jsonTypes = type === "number" ? "'integer', 'real'" : type === "boolean" ? "'true', 'false'" : "'text'";
    return `(CASE WHEN json_type(${document}, ${at}) IN (${jsonTypes}) THEN json_extract(${document}, ${at}) END)`;
  },
  boolean: (value) => (value ? 1 : 0),
};

export function dialectOf(name: SqlDialect): Dialect {
  return name === "postgres" ? postgres : sqlite;
}
