import { compileFilter } from "../../evaluate/compile.js";
import type { Command } from "./command.js";
import { withParsedFilter } from "./parsed.js";

/** Prints the ids of the users (from --users) that the filter matches, as the server would select them. */
export const matchCommand: Command = {
  needsUsers: true,
  run: (text, { schema, users }) =>
    withParsedFilter(text, (filter) => {
      const matches = compileFilter(filter, schema);
      // A user without an id is named by its position in the file.
      const ids = users.flatMap((user, index) => (matches(user) ? [typeof user.id === "string" || typeof user.id === "number" ? String(user.id) : `#${index}`] : []));
      return { ok: true, stdout: ids.map((id) => `${id}\n`).join(""), json: { count: ids.length, ids } };
    }),
};
