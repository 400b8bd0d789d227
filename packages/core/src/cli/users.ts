import type { UserRecord } from "../schema/types.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./io.js";

function isRecord(value: unknown): value is UserRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Users from a JSON file: an array, or an API envelope with `data` (GET /api/users) or `entries[].data` (search). */
export async function loadUsers(path: string, io: CliIo): Promise<UserRecord[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await io.readFile(path));
  } catch (error) {
    throw new UsageError(`Cannot read users from ${path}: ${(error as Error).message}`);
  }
  let list: unknown = parsed;
  if (isRecord(parsed)) {
    if (Array.isArray(parsed.data)) list = parsed.data;
    else if (Array.isArray(parsed.entries)) list = (parsed.entries as unknown[]).map((entry) => (isRecord(entry) && isRecord(entry.data) ? entry.data : entry));
  }
  if (!Array.isArray(list) || !list.every(isRecord)) {
    throw new UsageError(`${path} must hold a JSON array of user objects, or an envelope with "data" or "entries"`);
  }
  return list;
}
