import type { MockUser } from "../../shared/mock-facts.js";

const FIELDS = ["lastName", "firstName", "created", "updated", "activated"] as const;
type SortField = (typeof FIELDS)[number];

/** One or two `field_DIRECTION` pairs (the documented form), over the fields the mock knows. */
export const SORT_PATTERN = new RegExp(`^(${FIELDS.join("|")})_(ASC|DESC)(?:_(${FIELDS.join("|")})_(ASC|DESC))?$`);

function key(user: MockUser, field: SortField): string {
  // The mock has no separate activation time: created stands in for it.
  if (field === "activated" || field === "created") return user.created ?? "";
  if (field === "updated") return user.updated ?? "";
  return (user[field] ?? "").toLowerCase();
}

const cache = new WeakMap<readonly MockUser[], Map<string, MockUser[]>>();

/** The users in the requested order, computed once per list and sort (ids break ties, so paging is stable). */
export function sortedUsers(users: readonly MockUser[], sort: string): MockUser[] {
  let byList = cache.get(users);
  if (byList === undefined) {
    byList = new Map();
    cache.set(users, byList);
  }
  let sorted = byList.get(sort);
  if (sorted === undefined) {
    const [, first, firstDirection, second, secondDirection] = SORT_PATTERN.exec(sort) ?? [];
    const order: [SortField, number][] = [[first as SortField, firstDirection === "DESC" ? -1 : 1]];
    if (second !== undefined) order.push([second as SortField, secondDirection === "DESC" ? -1 : 1]);
    sorted = [...users].sort((a, b) => {
      for (const [field, direction] of order) {
        const compared = key(a, field).localeCompare(key(b, field));
        if (compared !== 0) return compared * direction;
      }
      return a.id.localeCompare(b.id);
    });
    byList.set(sort, sorted);
  }
  return sorted;
}
