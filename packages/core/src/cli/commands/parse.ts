import type { Command } from "./command.js";
import { withParsedFilter } from "./parsed.js";

export const parseCommand: Command = {
  run: (text) => withParsedFilter(text, (filter) => ({ ok: true, stdout: `${JSON.stringify(filter, null, 2)}\n`, json: {} })),
};
