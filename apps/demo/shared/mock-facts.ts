// The embedded mock keeps the filter-only facts of each user (creation type, spaces, has-password,
// has-recovery-code, deactivation time) in a mock-only `_mock` object (decision 12), so the API responses
// stay as documented. The published Staffbase schema reads those facts as plain fields; this demo-only
// wrapper lets it read them from `_mock`, on the server (filtering) and in the app (explanations).
import type { AttributeSchema, FilterSchema, StaffbaseUser, UserRecord } from "@scim-filter/core";

/** The filter-only fields of a Staffbase user. */
export type MockFacts = Pick<StaffbaseUser, "creationType" | "spaceIDs" | "hasPassword" | "hasRecoveryCode" | "deactivated">;

/** A user of the mock: the filter-only facts under `_mock`. */
export type MockUser = Omit<StaffbaseUser, keyof MockFacts> & { _mock?: MockFacts };

/** The attributes whose values are filter-only facts. */
const FACT_ATTRIBUTES = new Set(["staffbase.space", "staffbase.creationType", "password", "staffbase.recoveryCode", "deactivated"]);

function withFacts(user: UserRecord): UserRecord {
  const facts = user._mock;
  return typeof facts === "object" && facts !== null ? { ...user, ...facts } : user;
}

function readingFacts(attribute: AttributeSchema): AttributeSchema {
  const { read } = attribute;
  return read === undefined || !FACT_ATTRIBUTES.has(attribute.path) ? attribute : { ...attribute, read: (user) => read(withFacts(user)) };
}

/** A copy of a Staffbase schema that reads the mock's users, `_mock` facts included. */
export function withMockFacts(schema: FilterSchema): FilterSchema {
  return { ...schema, attributes: schema.attributes.map(readingFacts) };
}
