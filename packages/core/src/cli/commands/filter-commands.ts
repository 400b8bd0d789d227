import type { Filter } from "../../ast.js";
import { buildUsersUrl, encodeFilter } from "../../encode/encode.js";
import { formatFilter } from "../../format/format.js";
import { UsageError } from "../io.js";

export interface CommandOptions {
  url?: string;
  limit?: number;
  offset?: number;
  indent?: string;
}

/** A command that turns one parsed filter into output: text for a terminal and a field for JSON lines. */
export interface FilterCommand {
  /** Key of the result in a `--stdin` JSON line (next to `text`, `ok`, `filter`). */
  jsonKey: string | null;
  run: (filter: Filter, text: string, options: CommandOptions) => string | undefined;
}

export const FILTER_COMMANDS: Record<string, FilterCommand> = {
  parse: {
    jsonKey: null,
    run: (filter) => JSON.stringify(filter, null, 2),
  },
  format: {
    jsonKey: "formatted",
    run: (filter, _text, options) => formatFilter(filter, options.indent === undefined ? {} : { indent: options.indent }),
  },
  encode: {
    jsonKey: "encoded",
    run: (filter, text, options) => {
      // Encode the text as given (not reformatted): what the user typed is what goes on the wire.
      if (options.url === undefined) {
        if (options.limit !== undefined || options.offset !== undefined) throw new UsageError("--limit and --offset need --url");
        return encodeFilter(text);
      }
      const query: { filter: string; limit?: number; offset?: number } = { filter: text };
      if (options.limit !== undefined) query.limit = options.limit;
      if (options.offset !== undefined) query.offset = options.offset;
      try {
        return buildUsersUrl(options.url, query);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    },
  },
};
