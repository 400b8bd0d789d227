// Loading users into the SQL engines of the tests as rows of their tables.

/** Rows by table: column → value (null: NULL). */
export type Rows = Record<string, Record<string, unknown>[]>;

/** INSERT statements (one per table) with `$n` or `?n` placeholders. */
export function insertStatements(rows: Rows, placeholder: (index: number) => string): { sql: string; params: unknown[] }[] {
  const statements: { sql: string; params: unknown[] }[] = [];
  for (const [table, records] of Object.entries(rows)) {
    const first = records[0];
    if (first === undefined) continue;
    const columns = Object.keys(first);
    const params: unknown[] = [];
    const tuples = records.map(
      (record) =>
        `(${columns
          .map((column) => {
            params.push(record[column] ?? null);
            return placeholder(params.length);
          })
          .join(", ")})`,
    );
    statements.push({ sql: `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`, params });
  }
  return statements;
}
