// The part `sql` and `mongo` share: the mapping (from --mapping, else the documented one for the
// schema), and a TranslationError reported like an invalid filter.
import type { Filter } from "../../ast.js";
import { TranslationError } from "../../translate/errors.js";
import { UsageError } from "../io.js";
import type { CommandContext, CommandResult } from "./command.js";
import { withParsedFilter } from "./parsed.js";

/** The mapping to use: the file's, or the documented one for the Staffbase or a SCIM schema. */
export function chooseMapping<M>(context: CommandContext, read: (json: unknown, file: string) => M, documented: { staffbase: M; scim: M }): M {
  const { mappingFile, schema } = context;
  if (mappingFile !== undefined) return read(mappingFile.json, mappingFile.path);
  if (schema === undefined) throw new UsageError("Without a schema, give the layout with --mapping <file.json>");
  return schema.id === "staffbase" ? documented.staffbase : documented.scim;
}

/** Runs a translation of the parsed filter; a filter the mapping cannot translate exits 1 with the reason. */
export function translated(text: string, translate: (filter: Filter) => unknown): CommandResult {
  return withParsedFilter(text, (filter) => {
    try {
      const output = translate(filter);
      return { ok: true, stdout: `${JSON.stringify(output, null, 2)}\n`, json: { output } };
    } catch (error) {
      if (!(error instanceof TranslationError)) throw error;
      const attribute = error.attribute === undefined ? {} : { attribute: error.attribute };
      return { ok: false, stderr: `${error.message}\n`, json: { error: { code: error.code, message: error.message, ...attribute } } };
    }
  });
}
