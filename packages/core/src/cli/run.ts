import { parseArgs } from "node:util";
import { tryParseFilter } from "../parse/parse.js";
import { codeFrame } from "../parse/position.js";
import type { CommandOptions, FilterCommand } from "./commands/filter-commands.js";
import { FILTER_COMMANDS } from "./commands/filter-commands.js";
import { HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "./io.js";
import { VERSION } from "./version.js";

const OPTIONS = {
  stdin: { type: "boolean" },
  url: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  indent: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function commandOptions(values: { url?: string; limit?: string; offset?: string; indent?: string }): CommandOptions {
  const options: CommandOptions = {};
  if (values.url !== undefined) options.url = values.url;
  const limit = count("limit", values.limit);
  if (limit !== undefined) options.limit = limit;
  const offset = count("offset", values.offset);
  if (offset !== undefined) options.offset = offset;
  const indent = count("indent", values.indent);
  if (indent !== undefined) options.indent = " ".repeat(indent);
  return options;
}

function runOnce(command: FilterCommand, text: string, options: CommandOptions, io: CliIo): number {
  const result = tryParseFilter(text);
  if (!result.ok) {
    io.stderr(`${result.error.message}\n\n${codeFrame(text, result.error.offset)}\n`);
    return EXIT_INVALID;
  }
  try {
    io.stdout(`${command.run(result.filter, text, options)}\n`);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT_INVALID;
  }
  return EXIT_OK;
}

async function runLines(command: FilterCommand, options: CommandOptions, io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  for await (const rawLine of io.stdinLines()) {
    const text = rawLine.replace(/\r$/, "");
    if (text.trim() === "") continue;
    const result = tryParseFilter(text);
    let line: Record<string, unknown>;
    if (result.ok) {
      line = { text, ok: true, filter: result.filter };
      try {
        if (command.jsonKey !== null) line[command.jsonKey] = command.run(result.filter, text, options);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        line = { text, ok: false, filter: result.filter, error: { message: error.message } };
        exitCode = EXIT_INVALID;
      }
    } else {
      const { message, offset, line: errorLine, column, expected, found } = result.error;
      line = { text, ok: false, error: { message, offset, line: errorLine, column, expected, found } };
      exitCode = EXIT_INVALID;
    }
    io.stdout(`${JSON.stringify(line)}\n`);
  }
  return exitCode;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help === true) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (values.version === true) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    const [name, ...rest] = positionals;
    if (name === undefined) throw new UsageError("Missing command");
    const command = FILTER_COMMANDS[name];
    if (command === undefined) throw new UsageError(`Unknown command "${name}"`);
    const options = commandOptions(values);
    if (values.stdin === true) {
      if (rest.length > 0) throw new UsageError("Give the filter either as an argument or with --stdin, not both");
      return await runLines(command, options, io);
    }
    if (rest.length === 0) throw new UsageError(`Missing the filter: scim-filter ${name} '<filter>'`);
    // The shell may split an unquoted filter into several words; put them back together.
    return runOnce(command, rest.join(" "), options, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      io.stderr(`scim-filter: ${error.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
