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

/**
 * The sorted copies kept per list, by the bytes of their references (8 each), not by their number: with
 * MOCK_USERS in the millions, every sort order of the list would otherwise take hundreds of MB.
 */
export const MAX_SORTED_BYTES = 32 * 1024 * 1024;
const BYTES_PER_USER = 8;

/** Per list: its sorted copies, least recently used first. */
const cache = new WeakMap<readonly MockUser[], Map<string, MockUser[]>>();

/** The bytes the sorted copies of `users` take, for tests of the bound. */
export function sortedBytes(users: readonly MockUser[]): number {
  return (cache.get(users)?.size ?? 0) * users.length * BYTES_PER_USER;
}

/** The users in the requested order, computed once per list and sort while it fits (ids break ties, so paging is stable). */
export function sortedUsers(users: readonly MockUser[], sort: string, maxBytes = MAX_SORTED_BYTES): MockUser[] {
  let byList = cache.get(users);
  if (byList === undefined) {
    byList = new Map();
    cache.set(users, byList);
  }
  let sorted = byList.get(sort);
  if (sorted !== undefined) {
    byList.delete(sort);
    byList.set(sort, sorted);
  } else {
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
    const copies = Math.floor(maxBytes / Math.max(1, users.length * BYTES_PER_USER));
    for (const oldest of byList.keys()) {
      if (byList.size < copies) break;
      byList.delete(oldest);
    }
    if (copies > 0) byList.set(sort, sorted);
  }
  return sorted;
}
