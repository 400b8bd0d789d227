import type { FilterSchema, UserRecord } from "../../schema/types.js";

export interface CommandOptions {
  url?: string;
  limit?: number;
  offset?: number;
  indent?: string;
  /** format: spell attribute names as the schema documents them. */
  documented?: boolean;
  /** sql: postgres (default) or sqlite. */
  dialect?: string;
}

export interface CommandContext {
  options: CommandOptions;
  schema: FilterSchema | undefined;
  /** Loaded from --users, for commands that evaluate. */
  users: UserRecord[];
  /** Loaded from --user, for commands that explain one user. */
  user?: UserRecord;
  /** Loaded from --mapping, for sql and mongo (checked by the command). */
  mappingFile?: { path: string; json: unknown };
}

/** What one filter gave: text for a terminal, and fields for a `--stdin` JSON line. */
export interface CommandResult {
  ok: boolean;
  stdout?: string;
  stderr?: string;
  json: Record<string, unknown>;
}

export interface Command {
  /** Options this command needs besides the filter. */
  needsUsers?: boolean;
  needsUser?: boolean;
  run: (text: string, context: CommandContext) => CommandResult;
}
