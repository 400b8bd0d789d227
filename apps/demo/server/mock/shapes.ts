// The user objects the mock returns (decision 12): the legacy shape by default, the v3 shape for the
// v3 media types. Filter-only facts stay in `_mock` (legacy only), so the demo can explain matches (shared/mock-facts.ts).
import type { MockUser } from "../../shared/mock-facts.js";

export function toLegacy(user: MockUser): MockUser {
  return user;
}

function primaryEmail(user: MockUser): string | undefined {
  return (user.emails ?? []).find((email) => email.primary === true)?.value ?? user.emails?.[0]?.value;
}

export function toV3(user: MockUser, includeProfile: boolean): Record<string, unknown> {
  const email = primaryEmail(user);
  const userName = typeof user.userName === "string" ? user.userName : user.userName?.value;
  const result: Record<string, unknown> = {
    id: user.id,
    externalId: user.externalID ?? null,
    email: email === undefined ? null : { value: email, source: "staffbase" },
    userName: userName === undefined || userName === null ? null : { value: userName, source: "staffbase" },
    status: user.status,
    role: typeof user.role === "string" ? user.role : user.role?.type,
    locale: user.config?.locale,
    createdAt: user.created,
    updatedAt: user.updated,
  };
  if (includeProfile) result.profile = { firstName: user.firstName, lastName: user.lastName, ...user.profile };
  return result;
}
