// RFC 7643 §4.1 core User attributes (plus the common `id`, `externalId` and `meta`), for generic
// SCIM 2.0 servers. Paths may also be written with the `urn:ietf:params:scim:schemas:core:2.0:User:` prefix.
import { operatorOptions } from "./operators.js";
import type { AttributeSchema, EnumOption, FilterSchema, ValueType } from "./types.js";

export const SCIM_CORE_USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";

interface Options {
  caseExact?: boolean;
  multiValued?: boolean;
  presenceOnly?: boolean;
  options?: readonly string[];
  subAttributes?: AttributeSchema[];
  description?: string;
}

function titleCase(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function attr(path: string, label: string, group: string, type: ValueType, options: Options = {}): AttributeSchema {
  const valueType: ValueType = options.options === undefined ? type : "enum";
  const attribute: AttributeSchema = {
    path,
    label,
    group,
    type: valueType,
    operators: operatorOptions(valueType, options.presenceOnly === true ? ["pr"] : undefined),
  };
  if (options.description !== undefined) attribute.description = options.description;
  if (options.caseExact === true) attribute.caseExact = true;
  if (options.multiValued === true) attribute.multiValued = true;
  if (options.presenceOnly === true) attribute.presenceOnly = true;
  if (options.options !== undefined) attribute.options = options.options.map((value): EnumOption => ({ value, label: titleCase(value) }));
  if (options.subAttributes !== undefined) attribute.subAttributes = options.subAttributes;
  return attribute;
}

/** A multi-valued complex attribute (emails, phoneNumbers, …): filterable as a whole, per sub-attribute and with a value path. */
function multiValued(name: string, label: string, group: string, types: readonly string[], extra: AttributeSchema[] = []): AttributeSchema[] {
  const subAttributes = [
    attr("value", "Value", group, "string"),
    attr("display", "Display name", group, "string"),
    types.length === 0 ? attr("type", "Type", group, "string") : { ...attr("type", "Type", group, "string", { options: types }), allowOtherValues: true },
    attr("primary", "Primary", group, "boolean"),
    ...extra,
  ];
  const whole: AttributeSchema = {
    ...attr(name, label, group, "string", { multiValued: true, subAttributes }),
    description: `Compares against the value of any of the user's ${label.toLowerCase()}; use ${name}[…] to combine conditions on one entry.`,
  };
  const parts = subAttributes.map((sub) => ({ ...sub, path: `${name}.${sub.path}`, label: `${label}: ${sub.label.toLowerCase()}`, multiValued: true }));
  return [whole, ...parts];
}

const nameParts = ["formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix"] as const;
const nameLabels: Record<(typeof nameParts)[number], string> = {
  formatted: "Full name",
  familyName: "Family name",
  givenName: "Given name",
  middleName: "Middle name",
  honorificPrefix: "Honorific prefix",
  honorificSuffix: "Honorific suffix",
};
const addressParts = ["formatted", "streetAddress", "locality", "region", "postalCode", "country"] as const;

export const scimCoreUserAttributes: AttributeSchema[] = [
  attr("id", "Id", "Identity", "string", { caseExact: true }),
  attr("externalId", "External id", "Identity", "string", { caseExact: true }),
  attr("userName", "User name", "Identity", "string"),
  ...nameParts.map((part) => attr(`name.${part}`, nameLabels[part], "Name", "string")),
  attr("displayName", "Display name", "Name", "string"),
  attr("nickName", "Nickname", "Name", "string"),
  attr("profileUrl", "Profile URL", "Profile", "string", { caseExact: true }),
  attr("title", "Title", "Profile", "string"),
  attr("userType", "User type", "Profile", "string"),
  attr("preferredLanguage", "Preferred language", "Profile", "string"),
  attr("locale", "Locale", "Profile", "string"),
  attr("timezone", "Time zone", "Profile", "string"),
  attr("active", "Active", "Account", "boolean"),
  attr("password", "Password", "Account", "string", { presenceOnly: true, description: "Never returned, so only pr is meaningful." }),
  ...multiValued("emails", "Emails", "Contact", ["work", "home", "other"]),
  ...multiValued("phoneNumbers", "Phone numbers", "Contact", ["work", "home", "mobile", "fax", "pager", "other"]),
  ...multiValued("ims", "Instant messaging", "Contact", ["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"]),
  ...multiValued("photos", "Photos", "Profile", ["photo", "thumbnail"]),
  ...multiValued("addresses", "Addresses", "Contact", ["work", "home", "other"], addressParts.map((part) => attr(part, titleCase(part), "Contact", "string"))),
  ...multiValued("groups", "Groups", "Access", ["direct", "indirect"]),
  ...multiValued("entitlements", "Entitlements", "Access", []),
  ...multiValued("roles", "Roles", "Access", []),
  ...multiValued("x509Certificates", "X.509 certificates", "Access", []),
  attr("meta.resourceType", "Resource type", "Metadata", "string", { caseExact: true }),
  attr("meta.created", "Created", "Metadata", "dateTime"),
  attr("meta.lastModified", "Last modified", "Metadata", "dateTime"),
  attr("meta.location", "Location", "Metadata", "string", { caseExact: true }),
  attr("meta.version", "Version", "Metadata", "string", { caseExact: true }),
];

export const scimCoreUserSchema: FilterSchema = {
  id: "scim-core-user",
  name: "SCIM 2.0 core User (RFC 7643)",
  attributes: scimCoreUserAttributes,
};
