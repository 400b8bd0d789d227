/**
 * The Staffbase user object as the evaluator reads it: the legacy `GET /api/users` shape, with the v3
 * spellings accepted too (../shared/staffbase-api.md §1). Fields marked "filter-only" never appear in
 * the public API's user objects: give them when known (an export, your own records) so matches can be
 * explained; a real user object simply lacks them (the evaluator then treats the attribute as absent).
 */
// A type alias, not an interface, so it is assignable to UserRecord (Record<string, unknown>).
export type StaffbaseUser = {
  id: string;
  /** Legacy spelling; v3 uses `externalId`. */
  externalID?: string | null;
  externalId?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  /** Legacy: e-mail addresses; the primary one has `primary: true`. */
  emails?: { value: string; primary?: boolean; providerID?: string }[];
  /** v3: the primary e-mail address. */
  email?: { value: string; source?: string } | null;
  /** A string in the legacy shape, `{ value, source }` in v3. */
  userName?: string | { value: string; source?: string } | null;
  status?: "activated" | "pending" | "deactivated" | "deleted" | "contact";
  /** `{ type }` in the legacy shape, a plain string in v3. */
  role?: { type: string } | string;
  /** Legacy only (v3 removed it): the ids of the user's groups. */
  groupIDs?: string[];
  /** ISO-8601 time stamps; v3 spells them `createdAt` / `updatedAt`. */
  created?: string;
  updated?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Legacy: user settings, e.g. `{ locale: "de_DE" }`. */
  config?: { locale?: string };
  /** v3: the user's locale. */
  locale?: string;
  /** Custom profile fields by field id. */
  profile?: Record<string, unknown>;
  /** Filter-only: how the user was created (`staffbase.creationType`). */
  creationType?: "csv" | "direct" | "scim" | "sso" | "bonding" | "ldap";
  /** Filter-only: the ids of the user's spaces (`staffbase.space`). */
  spaceIDs?: string[];
  /** Filter-only: whether the user has a password (`password pr`). */
  hasPassword?: boolean;
  /** Filter-only: whether the user has a recovery code (`staffbase.recoveryCode pr`). */
  hasRecoveryCode?: boolean;
  /** Filter-only: when the user was deactivated (deactivated users only). */
  deactivated?: string | null;
};
