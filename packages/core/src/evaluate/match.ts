// matchUsers: the users a filter selects, in their original order.
import type { Filter } from "../ast.js";
import type { FilterSchema, UserRecord } from "../schema/types.js";
import { compileFilter } from "./compile.js";

/** The users the filter matches (compiled once; text is parsed and may throw FilterSyntaxError). */
export function matchUsers<T extends UserRecord>(users: readonly T[], filter: Filter | string, schema?: FilterSchema): T[] {
  const predicate = compileFilter(filter, schema);
  return users.filter((user) => predicate(user));
}
