import { explainFilter } from "../../explain/explain.js";
import type { Command } from "./command.js";
import { explanationTree } from "./explain-tree.js";
import { withParsedFilter } from "./parsed.js";

/** Explains why the user from --user does or does not match the filter; a match or not, both are success. */
export const explainCommand: Command = {
  needsUser: true,
  run: (text, { schema, user }) => {
    const outcome = withParsedFilter(text, (filter) => {
      const explanation = explainFilter(filter, user ?? {}, schema);
      return { ok: true, stdout: explanationTree(explanation), json: { matches: explanation.result, explanation } };
    });
    // The explanation mirrors the filter already: its JSON line leaves the AST out.
    const { filter: _filter, ...json } = outcome.json;
    return { ...outcome, json };
  },
};
