// Attribute labels for schemaFromScim. The attributes RFC 7643 defines for the core User (§4.1) and Enterprise
// User (§4.3) schemas get written labels, since their names humanized read badly ("Nick name", "Profile url",
// "Ims", "Emails: display"); any other name is humanized, keeping common abbreviations in capitals.
import { SCIM_CORE_USER_URN, SCIM_ENTERPRISE_USER_URN } from "./scim-urns.js";

/**
 * A multi-valued complex attribute and the sub-attributes RFC 7643 §2.4 gives most of them, labelled
 * "Emails: address" so the part names its whole. `value` names what the value is for this attribute.
 */
function multiValued(path: string, label: string, value: string): [string, string][] {
  const parts: [string, string][] = [["value", value], ["display", "display name"], ["type", "type"], ["primary", "primary"]];
  return [[path, label], ...parts.map(([sub, words]): [string, string] => [`${path}.${sub}`, `${label}: ${words}`])];
}

// Keyed by the attribute's path inside its schema. Single-valued `name.*` parts read on their own ("Given name");
// parts of multi-valued attributes name their whole, as the whole is what a filter on them matches.
const CORE_USER: [string, string][] = [
  ["userName", "User name"],
  ["name", "Name"],
  ["name.formatted", "Full name"],
  ["name.familyName", "Family name"],
  ["name.givenName", "Given name"],
  ["name.middleName", "Middle name"],
  ["name.honorificPrefix", "Honorific prefix"],
  ["name.honorificSuffix", "Honorific suffix"],
  ["displayName", "Display name"],
  ["nickName", "Nickname"],
  ["profileUrl", "Profile URL"],
  ["title", "Title"],
  ["userType", "User type"],
  ["preferredLanguage", "Preferred language"],
  ["locale", "Locale"],
  ["timezone", "Time zone"],
  ["active", "Active"],
  ["password", "Password"],
  ...multiValued("emails", "Emails", "address"),
  ...multiValued("phoneNumbers", "Phone numbers", "number"),
  ...multiValued("ims", "Instant messaging", "address"),
  ...multiValued("photos", "Photos", "URL"),
  ["addresses", "Addresses"],
  ["addresses.formatted", "Addresses: full address"],
  ["addresses.streetAddress", "Addresses: street address"],
  ["addresses.locality", "Addresses: city or locality"],
  ["addresses.region", "Addresses: state or region"],
  ["addresses.postalCode", "Addresses: postal code"],
  ["addresses.country", "Addresses: country"],
  ["addresses.type", "Addresses: type"],
  ["addresses.primary", "Addresses: primary"],
  ...multiValued("groups", "Groups", "ID"),
  ...multiValued("entitlements", "Entitlements", "value"),
  ...multiValued("roles", "Roles", "value"),
  ...multiValued("x509Certificates", "X.509 certificates", "certificate"),
];

const ENTERPRISE_USER: [string, string][] = [
  ["employeeNumber", "Employee number"],
  ["costCenter", "Cost center"],
  ["organization", "Organization"],
  ["division", "Division"],
  ["department", "Department"],
  ["manager", "Manager"],
  ["manager.value", "Manager: ID"],
  ["manager.displayName", "Manager: display name"],
];

// SCIM schema ids and attribute names are case-insensitive (RFC 7643 §2.1): looked up in lower case.
const lowerKeyed = (entries: readonly [string, string][]) => new Map(entries.map(([path, label]) => [path.toLowerCase(), label]));
const WELL_KNOWN = new Map([
  [SCIM_CORE_USER_URN.toLowerCase(), lowerKeyed(CORE_USER)],
  [SCIM_ENTERPRISE_USER_URN.toLowerCase(), lowerKeyed(ENTERPRISE_USER)],
]);

/** The written label of an RFC 7643 User or Enterprise User attribute (`name.givenName` → "Given name"), or undefined. */
export function wellKnownLabel(schemaId: string, path: string): string | undefined {
  return WELL_KNOWN.get(schemaId.toLowerCase())?.get(path.toLowerCase());
}

// Kept in capitals wherever they appear in a name, plural too: `employeeId` → "Employee ID", `badgeUrls` → "Badge URLs".
const ABBREVIATIONS = new Set(["api", "guid", "id", "ims", "ip", "ldap", "scim", "sms", "sso", "uri", "url", "urn", "uuid"]);

function words(name: string): string[] {
  return (
    name
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      // `badgeURLValue` → "badge URL Value", but `URLs` stays one word.
      .replace(/([A-Z]+)([A-Z](?!s\b)[a-z])/g, "$1 $2")
      .replace(/[_\s-]+/g, " ")
      .trim()
      .split(" ")
      .filter((word) => word !== "")
      .map((word) => {
        const lower = word.toLowerCase();
        if (ABBREVIATIONS.has(lower)) return lower.toUpperCase();
        if (lower.endsWith("s") && ABBREVIATIONS.has(lower.slice(0, -1))) return `${lower.slice(0, -1).toUpperCase()}s`;
        // A word the name writes in capitals (`SSN`, `X509`) is an abbreviation already.
        return /^[A-Z0-9]+$/.test(word) ? word : lower;
      })
  );
}

/** Words for use inside a sentence: `badgeUrl` → "badge URL", `employeeNumber` → "employee number". */
export function humanizePhrase(name: string): string {
  const text = words(name).join(" ");
  return text === "" ? name : text;
}

/** A label from a name: `employeeNumber` → "Employee number", `badgeUrl` → "Badge URL", `work` → "Work". */
export function humanizeName(name: string): string {
  const text = humanizePhrase(name);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A label inside a sentence: "Emails" → "emails", but "X.509 certificates" and "ID" keep their capitals. */
export function lowerFirst(label: string): string {
  const first = label.split(" ", 1)[0] ?? "";
  return /^[A-Z0-9.]{2,}s?$/.test(first) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
