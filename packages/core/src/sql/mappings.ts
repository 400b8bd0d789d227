// Documented SQL layouts: the Staffbase user shape and a plain RFC 7643 User table layout. The DDL they
// assume is in ../../TRANSLATORS.md.
import type { SqlChildTable, SqlColumn, SqlMapping } from "./mapping.js";

const text = (column: string): SqlColumn => ({ column, type: "string" });
const time = (column: string): SqlColumn => ({ column, type: "dateTime" });

/**
 * Staffbase users: `users` (one row per user), `emails(user_id, value, …)`, `user_groups(user_id,
 * group_id)`, `user_spaces(user_id, space_id)`; custom profile fields in the `profile` JSON column; time
 * stamps as ISO-8601 text (toISOString). The filter-only facts of StaffbaseUser are columns too
 * (`creation_type`, `deactivated`; `spaceIDs` in `user_spaces`); `password` and `staffbase.recoveryCode`
 * are present when `password_hash` / `recovery_code` hold a non-empty value (`hasPassword: true`, …).
 */
export const staffbaseSqlMapping: SqlMapping = {
  table: "users",
  id: "id",
  attributes: {
    groups: { table: "user_groups", key: "user_id", column: "group_id", type: "string" },
    "staffbase.space": { table: "user_spaces", key: "user_id", column: "space_id", type: "string" },
    "staffbase.role": text("role"),
    "staffbase.status": text("status"),
    "staffbase.creationType": text("creation_type"),
    created: time("created"),
    updated: time("updated"),
    deactivated: time("deactivated"),
    emails: { table: "emails", key: "user_id", column: "value", type: "string" },
    userName: text("user_name"),
    externalId: text("external_id"),
    password: text("password_hash"),
    "staffbase.recoveryCode": text("recovery_code"),
  },
  dynamic: { profile: { json: "profile", type: "string" } },
};

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

function multiValued(table: string): SqlChildTable {
  return {
    table,
    key: "user_id",
    subAttributes: { value: text("value"), display: text("display"), type: text("type"), primary: { column: "primary", type: "boolean" } },
  };
}

/**
 * RFC 7643 User (core + Enterprise extension) in a plain layout: `scim_users` with one column per
 * single-valued attribute (`name.givenName` → `name_given_name`), and child tables `scim_emails`,
 * `scim_phone_numbers`, `scim_ims`, `scim_groups` (`user_id, value, display, type, "primary"`) and `scim_addresses`.
 */
export const scimSqlMapping: SqlMapping = {
  table: "scim_users",
  id: "id",
  attributes: {
    id: text("id"),
    externalId: text("external_id"),
    userName: text("user_name"),
    "name.formatted": text("name_formatted"),
    "name.familyName": text("name_family_name"),
    "name.givenName": text("name_given_name"),
    "name.middleName": text("name_middle_name"),
    displayName: text("display_name"),
    nickName: text("nick_name"),
    title: text("title"),
    userType: text("user_type"),
    preferredLanguage: text("preferred_language"),
    locale: text("locale"),
    timezone: text("timezone"),
    active: { column: "active", type: "boolean" },
    emails: multiValued("scim_emails"),
    phoneNumbers: multiValued("scim_phone_numbers"),
    ims: multiValued("scim_ims"),
    groups: multiValued("scim_groups"),
    addresses: {
      table: "scim_addresses",
      key: "user_id",
      subAttributes: {
        formatted: text("formatted"),
        streetAddress: text("street_address"),
        locality: text("locality"),
        region: text("region"),
        postalCode: text("postal_code"),
        country: text("country"),
        type: text("type"),
      },
    },
    "meta.resourceType": text("meta_resource_type"),
    "meta.created": time("meta_created"),
    "meta.lastModified": time("meta_last_modified"),
    "meta.location": text("meta_location"),
    "meta.version": text("meta_version"),
    [`${ENTERPRISE}:employeeNumber`]: text("employee_number"),
    [`${ENTERPRISE}:costCenter`]: text("cost_center"),
    [`${ENTERPRISE}:organization`]: text("organization"),
    [`${ENTERPRISE}:division`]: text("division"),
    [`${ENTERPRISE}:department`]: text("department"),
    [`${ENTERPRISE}:manager.value`]: text("manager_value"),
    [`${ENTERPRISE}:manager.displayName`]: text("manager_display_name"),
  },
};
