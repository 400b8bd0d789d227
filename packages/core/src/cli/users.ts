import type { UserRecord } from "../schema/types.js";
import type { CliIo } from "./io.js";
import { InputFileError, readJsonFile } from "./io.js";

function isRecord(value: unknown): value is UserRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One user from a JSON file: a user object (e.g. a GET /api/users/{id} response). */
export async function loadUser(path: string, io: CliIo): Promise<UserRecord> {
  const parsed = await readJsonFile(path, io, "the user");
  if (!isRecord(parsed)) throw new InputFileError(`${path} must hold one JSON object: the user`);
  return parsed;
}

/** Users from a JSON file: an array, or an API envelope with `data` (GET /api/users) or `entries[].data` (search). */
export async function loadUsers(path: string, io: CliIo): Promise<UserRecord[]> {
  const parsed = await readJsonFile(path, io, "users");
  let list: unknown = parsed;
  if (isRecord(parsed)) {
    if (Array.isArray(parsed.data)) list = parsed.data;
    else if (Array.isArray(parsed.entries)) list = (parsed.entries as unknown[]).map((entry) => (isRecord(entry) && isRecord(entry.data) ? entry.data : entry));
  }
  if (!Array.isArray(list) || !list.every(isRecord)) {
    throw new InputFileError(`${path} must hold a JSON array of user objects, or an envelope with "data" or "entries"`);
  }
  return list;
}
