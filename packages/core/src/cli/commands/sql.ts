import { scimSqlMapping, staffbaseSqlMapping } from "../../sql/mappings.js";
import { toSql } from "../../sql/to-sql.js";
import { UsageError } from "../io.js";
import { readSqlMapping } from "../mapping-file.js";
import type { Command } from "./command.js";
import { chooseMapping, translated } from "./translated.js";

/** Prints `{ sql, params }`: the filter as a WHERE condition for the mapping's tables. */
export const sqlCommand: Command = {
  run: (text, context) => {
    const dialect = context.options.dialect ?? "postgres";
    if (dialect !== "postgres" && dialect !== "sqlite") throw new UsageError(`Unknown dialect "${dialect}": use postgres or sqlite`);
    const mapping = chooseMapping(context, readSqlMapping, { staffbase: staffbaseSqlMapping, scim: scimSqlMapping });
    return translated(text, (filter) => toSql(filter, mapping, context.schema === undefined ? { dialect } : { dialect, schema: context.schema }));
  },
};
