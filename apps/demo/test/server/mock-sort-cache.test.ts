// The mock's sorted copies of its users are bounded by bytes: a large MOCK_USERS cannot make every sort
// order a resident copy.
import { describe, expect, it } from "vitest";
import { seedUsers } from "../../server/mock/seed.js";
import { SORT_PATTERN, sortedBytes, sortedUsers } from "../../server/mock/sort.js";

const ORDERS = ["lastName", "firstName", "created", "updated", "activated"].flatMap((field) => [`${field}_ASC`, `${field}_DESC`]);

describe("sortedUsers", () => {
  it("keeps at most the copies its byte budget holds, the most recently used", () => {
    const users = seedUsers(1000);
    const budget = 3 * users.length * 8;
    for (const sort of ORDERS) {
      expect(SORT_PATTERN.test(sort)).toBe(true);
      sortedUsers(users, sort, budget);
      expect(sortedBytes(users)).toBeLessThanOrEqual(budget);
    }
    expect(sortedBytes(users)).toBe(budget);
    // The last one is kept (the same array again); the first was dropped and is sorted anew, equal.
    const last = ORDERS.at(-1) as string;
    expect(sortedUsers(users, last, budget)).toBe(sortedUsers(users, last, budget));
    const first = ORDERS[0] as string;
    const again = sortedUsers(users, first, budget);
    expect(again.map((user) => user.id)).toEqual(
      [...users]
        .sort((a, b) => (a.lastName ?? "").toLowerCase().localeCompare((b.lastName ?? "").toLowerCase()) || a.id.localeCompare(b.id))
        .map((user) => user.id),
    );
  });

  it("a list too large for one copy is sorted each time and nothing is kept", () => {
    const users = seedUsers(100);
    const sorted = sortedUsers(users, "created_DESC", 100 * 8 - 1);
    expect(sorted).toHaveLength(100);
    expect(sortedBytes(users)).toBe(0);
  });
});
