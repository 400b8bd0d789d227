// Documented MongoDB document shapes: the Staffbase user (as the legacy User API returns it, plus the
// filter-only facts) and an RFC 7643 User (core + Enterprise extension).
import type { MongoElements, MongoField, MongoMapping } from "./mapping.js";

const text = (field: string): MongoField => ({ field, type: "string" });
const time = (field: string): MongoField => ({ field, type: "dateTime" });

/**
 * Staffbase users as `GET /api/users` returns them (`groupIDs`, `role.type`, `emails: [{ value }]`,
 * `externalID`, `profile`), time stamps as ISO-8601 text (toISOString), and the filter-only facts as plain
 * fields named as staffbaseUserSchema reads them (`spaceIDs`, `creationType`, `deactivated`); a database
 * keeps the password hash and recovery code, not the user object's flags, so `passwordHash` /
 * `recoveryCode` (present when non-empty) stand for `hasPassword` / `hasRecoveryCode: true`.
 */
export const staffbaseMongoMapping: MongoMapping = {
  attributes: {
    groups: text("groupIDs"),
    "staffbase.space": text("spaceIDs"),
    "staffbase.role": text("role.type"),
    "staffbase.status": text("status"),
    "staffbase.creationType": text("creationType"),
    created: time("created"),
    updated: time("updated"),
    deactivated: time("deactivated"),
    emails: { field: "emails", subAttributes: { value: text("value") } },
    userName: text("userName"),
    externalId: text("externalID"),
    password: text("passwordHash"),
    "staffbase.recoveryCode": text("recoveryCode"),
  },
  dynamic: { profile: { field: "profile", type: "string" } },
};

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

function multiValued(field: string): MongoElements {
  return { field, subAttributes: { value: text("value"), display: text("display"), type: text("type"), primary: { field: "primary", type: "boolean" } } };
}

/**
 * RFC 7643 Users as SCIM JSON, except that the Enterprise extension is stored under `enterprise` (a field
 * name with the URN's dots cannot be queried).
 */
export const scimMongoMapping: MongoMapping = {
  attributes: {
    id: text("id"),
    externalId: text("externalId"),
    userName: text("userName"),
    "name.formatted": text("name.formatted"),
    "name.familyName": text("name.familyName"),
    "name.givenName": text("name.givenName"),
    "name.middleName": text("name.middleName"),
    displayName: text("displayName"),
    nickName: text("nickName"),
    title: text("title"),
    userType: text("userType"),
    preferredLanguage: text("preferredLanguage"),
    locale: text("locale"),
    timezone: text("timezone"),
    active: { field: "active", type: "boolean" },
    emails: multiValued("emails"),
    phoneNumbers: multiValued("phoneNumbers"),
    ims: multiValued("ims"),
    groups: multiValued("groups"),
    addresses: {
      field: "addresses",
      subAttributes: Object.fromEntries(["formatted", "streetAddress", "locality", "region", "postalCode", "country", "type"].map((name) => [name, text(name)])),
    },
    "meta.resourceType": text("meta.resourceType"),
    "meta.created": time("meta.created"),
    "meta.lastModified": time("meta.lastModified"),
    "meta.location": text("meta.location"),
    "meta.version": text("meta.version"),
    [`${ENTERPRISE}:employeeNumber`]: text("enterprise.employeeNumber"),
    [`${ENTERPRISE}:costCenter`]: text("enterprise.costCenter"),
    [`${ENTERPRISE}:organization`]: text("enterprise.organization"),
    [`${ENTERPRISE}:division`]: text("enterprise.division"),
    [`${ENTERPRISE}:department`]: text("enterprise.department"),
    [`${ENTERPRISE}:manager.value`]: text("enterprise.manager.value"),
    [`${ENTERPRISE}:manager.displayName`]: text("enterprise.manager.displayName"),
  },
};
