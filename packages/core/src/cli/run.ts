import { parseArgs } from "node:util";
import type { Command, CommandContext, CommandOptions } from "./commands/command.js";
import { COMMANDS } from "./commands/index.js";
import { HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, InputFileError, oneLine, readJsonFile, UsageError } from "./io.js";
import { loadSchema } from "./schemas.js";
import { loadUser, loadUsers } from "./users.js";
import { VERSION } from "./version.js";

const OPTIONS = {
  stdin: { type: "boolean" },
  url: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  indent: { type: "string" },
  documented: { type: "boolean" },
  schema: { type: "string" },
  "schema-file": { type: "string" },
  users: { type: "string" },
  user: { type: "string" },
  dialect: { type: "string" },
  mapping: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function commandOptions(values: { url?: string; limit?: string; offset?: string; indent?: string; documented?: boolean; dialect?: string }): CommandOptions {
  const options: CommandOptions = {};
  if (values.dialect !== undefined) options.dialect = values.dialect;
  if (values.documented === true) options.documented = true;
  if (values.url !== undefined) options.url = values.url;
  const limit = count("limit", values.limit);
  if (limit !== undefined) options.limit = limit;
  const offset = count("offset", values.offset);
  if (offset !== undefined) options.offset = offset;
  const indent = count("indent", values.indent);
  if (indent !== undefined) options.indent = " ".repeat(indent);
  return options;
}

function runOnce(command: Command, text: string, context: CommandContext, io: CliIo): number {
  const result = command.run(text, context);
  if (result.stdout !== undefined) io.stdout(result.stdout);
  if (result.stderr !== undefined) io.stderr(result.stderr);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

async function runLines(command: Command, context: CommandContext, io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  for await (const rawLine of io.stdinLines()) {
    const text = rawLine.replace(/\r$/, "");
    if (text.trim() === "") continue;
    const result = command.run(text, context);
    if (!result.ok) exitCode = EXIT_INVALID;
    io.stdout(`${JSON.stringify({ text, ok: result.ok, ...result.json })}\n`);
  }
  return exitCode;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
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
  const command = COMMANDS[name];
  if (command === undefined) throw new UsageError(`Unknown command "${name}"`);
  if (command.needsUsers === true && values.users === undefined) throw new UsageError(`${name} needs --users <file.json>`);
  if (command.needsUser === true && values.user === undefined) throw new UsageError(`${name} needs --user <file.json>`);
  const context: CommandContext = {
    options: commandOptions(values),
    schema: await loadSchema(values.schema, values["schema-file"], io),
    users: values.users === undefined ? [] : await loadUsers(values.users, io),
  };
  if (values.user !== undefined) context.user = await loadUser(values.user, io);
  if (values.mapping !== undefined) context.mappingFile = { path: values.mapping, json: await readJsonFile(values.mapping, io, "the mapping") };
  if (values.stdin === true) {
    if (rest.length > 0) throw new UsageError("Give the filter either as an argument or with --stdin, not both");
    return runLines(command, context, io);
  }
  if (rest.length === 0) throw new UsageError(`Missing the filter: scim-filter ${name} '<filter>'`);
  // The shell may split an unquoted filter into several words; put them back together.
  return runOnce(command, rest.join(" "), context, io);
}

function isArgumentError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
}

function unexpectedFailure(error: unknown): string {
  if (error instanceof RangeError) return "the input is nested too deeply or is too large to process";
  return `cannot process the input: ${oneLine(error instanceof Error ? error.message : String(error))}`;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    // The command line was right; the help would only bury what is wrong with the file.
    if (error instanceof InputFileError) {
      io.stderr(`scim-filter: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (isArgumentError(error)) {
      io.stderr(`scim-filter: ${error.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    // Whatever else fails was still reached by the input (a record nested too deeply to print as JSON, …):
    // one line that says so, never a stack trace.
    io.stderr(`scim-filter: ${unexpectedFailure(error)}\n`);
    return EXIT_INVALID;
  }
}
