import type { Command } from "./command.js";
import { encodeCommand } from "./encode.js";
import { explainCommand } from "./explain.js";
import { formatCommand } from "./format.js";
import { matchCommand } from "./match.js";
import { mongoCommand } from "./mongo.js";
import { parseCommand } from "./parse.js";
import { sqlCommand } from "./sql.js";
import { validateCommand } from "./validate.js";

export const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  format: formatCommand,
  encode: encodeCommand,
  validate: validateCommand,
  match: matchCommand,
  explain: explainCommand,
  sql: sqlCommand,
  mongo: mongoCommand,
};
