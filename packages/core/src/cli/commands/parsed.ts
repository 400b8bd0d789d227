import type { Filter } from "../../ast.js";
import { tryParseFilter } from "../../parse/parse.js";
import { codeFrame } from "../../parse/position.js";
import type { CommandResult } from "./command.js";

/** Parses the filter and hands it on, or reports the syntax error with a caret under its position. */
export function withParsedFilter(text: string, then: (filter: Filter) => CommandResult): CommandResult {
  const result = tryParseFilter(text);
  if (result.ok) {
    const outcome = then(result.filter);
    return { ...outcome, json: { filter: result.filter, ...outcome.json } };
  }
  const { message, offset, line, column, expected, found } = result.error;
  return {
    ok: false,
    stderr: `${message}\n\n${codeFrame(text, offset)}\n`,
    json: { error: { message, offset, line, column, expected, found } },
  };
}
