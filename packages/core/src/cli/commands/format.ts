import { formatFilter } from "../../format/format.js";
import { withDocumentedSpelling } from "../../schema/documented-spelling.js";
import type { Command } from "./command.js";
import { withParsedFilter } from "./parsed.js";

export const formatCommand: Command = {
  run: (text, { options, schema }) =>
    withParsedFilter(text, (filter) => {
      const spelled = options.documented === true && schema !== undefined ? withDocumentedSpelling(filter, schema) : filter;
      const formatted = formatFilter(spelled, options.indent === undefined ? {} : { indent: options.indent });
      return { ok: true, stdout: `${formatted}\n`, json: { formatted } };
    }),
};
