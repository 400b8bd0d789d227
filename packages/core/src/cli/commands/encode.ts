import type { UsersQuery } from "../../encode/encode.js";
import { buildUsersUrl, encodeFilter } from "../../encode/encode.js";
import { UsageError } from "../io.js";
import type { Command, CommandOptions } from "./command.js";
import { withParsedFilter } from "./parsed.js";

function encode(text: string, options: CommandOptions): string {
  if (options.url === undefined) {
    if (options.limit !== undefined || options.offset !== undefined) throw new UsageError("--limit and --offset need --url");
    return encodeFilter(text);
  }
  const query: UsersQuery = { filter: text };
  if (options.limit !== undefined) query.limit = options.limit;
  if (options.offset !== undefined) query.offset = options.offset;
  try {
    return buildUsersUrl(options.url, query);
  } catch (error) {
    // Only the base URL can be wrong here: the filter has parsed.
    throw new UsageError((error as Error).message);
  }
}

export const encodeCommand: Command = {
  // Encodes the text as given, not reformatted: what the user wrote is what goes on the wire.
  run: (text, { options }) =>
    withParsedFilter(text, () => {
      try {
        const encoded = encode(text, options);
        return { ok: true, stdout: `${encoded}\n`, json: { encoded } };
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        return { ok: false, stderr: `${error.message}\n`, json: { error: { message: error.message } } };
      }
    }),
};
