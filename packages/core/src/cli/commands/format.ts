import { formatFilter } from "../../format/format.js";
import type { Command } from "./command.js";
import { withParsedFilter } from "./parsed.js";

export const formatCommand: Command = {
  run: (text, { options }) =>
    withParsedFilter(text, (filter) => {
      const formatted = formatFilter(filter, options.indent === undefined ? {} : { indent: options.indent });
      return { ok: true, stdout: `${formatted}\n`, json: { formatted } };
    }),
};
