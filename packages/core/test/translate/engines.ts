// The real engines the translators are proved against: Postgres (PGlite, in WASM), SQLite (sql.js, in
// WASM) and MongoDB's query language (mingo). Each holds one layout and is reloaded per test case.
import { PGlite } from "@electric-sql/pglite";
import { Query } from "mingo";
import initSqlJs from "sql.js";
import type { SqlQuery } from "../../src/sql/index.js";
import type { Rows } from "./sql-rows.js";
import { insertStatements } from "./sql-rows.js";

export interface SqlEngine {
  /** Replaces every table's rows. */
  load: (rows: Rows) => Promise<void>;
  /** The ids of the users table's rows that satisfy the condition, sorted. */
  ids: (query: SqlQuery) => Promise<string[]>;
  close: () => Promise<void>;
}

export interface Layout {
  ddl: string;
  table: string;
  tables: readonly string[];
}

export async function postgresEngine(layout: Layout): Promise<SqlEngine> {
  const pg = new PGlite();
  await pg.exec(layout.ddl);
  return {
    load: async (rows) => {
      await pg.exec(layout.tables.map((table) => `DELETE FROM "${table}";`).join("\n"));
      for (const { sql, params } of insertStatements(rows, (index) => `$${index}`)) await pg.query(sql, params);
    },
    ids: async ({ sql, params }) => {
      const result = await pg.query<{ id: string }>(`SELECT "id" FROM "${layout.table}" WHERE ${sql}`, params);
      return result.rows.map((row) => row.id).sort();
    },
    close: () => pg.close(),
  };
}

/** SQLite has no booleans: they are stored, and passed, as 1 / 0. */
function sqliteValue(value: unknown): unknown {
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
}

export async function sqliteEngine(layout: Layout): Promise<SqlEngine> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.exec(layout.ddl);
  return {
    load: (rows) => {
      db.exec(layout.tables.map((table) => `DELETE FROM "${table}";`).join("\n"));
      for (const { sql, params } of insertStatements(rows, (index) => `?${index}`)) db.run(sql, params.map(sqliteValue) as (string | number | null)[]);
      return Promise.resolve();
    },
    ids: ({ sql, params }) => {
      const statement = db.prepare(`SELECT "id" FROM "${layout.table}" WHERE ${sql}`);
      statement.bind(params as (string | number | null)[]);
      const ids: string[] = [];
      while (statement.step()) ids.push(String(statement.get()[0]));
      statement.free();
      return Promise.resolve(ids.sort());
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/** The ids of the documents a MongoDB query selects, sorted. */
export function mongoIds(documents: readonly Record<string, unknown>[], query: Record<string, unknown>): string[] {
  return new Query(query)
    .find<Record<string, unknown>>(documents as Record<string, unknown>[])
    .all()
    .map((document) => String(document.id))
    .sort();
}
