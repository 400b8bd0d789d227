// schemaFromScim's labels: written ones for the RFC 7643 User and Enterprise User attributes, humanized names
// (abbreviations in capitals) for everything else, and the caller's own through the `labels` option.
import { describe, expect, it } from "vitest";
import type { FilterSchema, ScimSchemaResource } from "../../src/index.js";
import { rfc7643Schemas, schemaFromScim, scimCoreUserSchema } from "../../src/index.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const CUSTOM = "urn:acme:params:scim:schemas:extension:workforce:2.0:User";

function labelsOf(schema: FilterSchema, paths: readonly string[]): string[] {
  return paths.map((path) => schema.attributes.find((attribute) => attribute.path === path)?.label ?? `no attribute ${path}`);
}

const rfc = schemaFromScim(rfc7643Schemas);

describe("labels of the RFC 7643 core User attributes", () => {
  it("read as written words, not as humanized names", () => {
    expect(
      labelsOf(rfc, ["userName", "displayName", "nickName", "profileUrl", "title", "userType", "preferredLanguage", "locale", "timezone", "active", "password", "ims", "photos", "x509Certificates"]),
    ).toEqual([
      "User name", "Display name", "Nickname", "Profile URL", "Title", "User type", "Preferred language", "Locale", "Time zone", "Active", "Password",
      "Instant messaging", "Photos", "X.509 certificates",
    ]);
  });

  it("name the parts of a person's name on their own, grouped under Name", () => {
    const paths = ["formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix"].map((part) => `name.${part}`);
    expect(labelsOf(rfc, paths)).toEqual(["Full name", "Family name", "Given name", "Middle name", "Honorific prefix", "Honorific suffix"]);
    expect(new Set(rfc.attributes.filter((attribute) => attribute.path.startsWith("name.")).map((attribute) => attribute.group))).toEqual(new Set(["Name"]));
  });

  it("name the parts of multi-valued attributes after their whole", () => {
    expect(labelsOf(rfc, ["emails.value", "emails.display", "emails.type", "emails.primary", "phoneNumbers.value", "ims.value", "photos.value", "groups.value", "addresses.postalCode"])).toEqual([
      "Emails: address", "Emails: display name", "Emails: type", "Emails: primary", "Phone numbers: number", "Instant messaging: address", "Photos: URL", "Groups: ID",
      "Addresses: postal code",
    ]);
    // Inside a value path the sub-attributes are read next to the filter text (`emails[value co …]`): plain names.
    expect(rfc.attributes.find((attribute) => attribute.path === "emails")?.subAttributes?.map((sub) => sub.label)).toEqual(["Value", "Display", "Type", "Primary"]);
  });

  it("never show a name's raw spelling or a lower-case abbreviation", () => {
    for (const { label, path } of [...rfc.attributes, ...scimCoreUserSchema.attributes]) {
      expect(label, path).not.toMatch(/[a-z][A-Z]|\b(Url|Id|Ims|url|id)\b|X509|: display( \(|$)/);
    }
  });

  it("give the common attributes ID and External ID", () => {
    expect(labelsOf(rfc, ["id", "externalId", "meta.lastModified"])).toEqual(["ID", "External ID", "Last modified"]);
  });

  it("match the attribute names whatever their case, as SCIM names are case-insensitive", () => {
    const shouting = schemaFromScim([{ id: "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER", attributes: [{ name: "NICKNAME", type: "string" }] }]);
    expect(labelsOf(shouting, ["NICKNAME"])).toEqual(["Nickname"]);
  });
});

describe("labels of the Enterprise User extension", () => {
  it("are written words with the schema's name", () => {
    expect(labelsOf(rfc, ["employeeNumber", "costCenter", "organization", "division", "department", "manager.value", "manager.displayName"].map((name) => `${ENTERPRISE}:${name}`))).toEqual([
      "Employee number (Enterprise User)", "Cost center (Enterprise User)", "Organization (Enterprise User)", "Division (Enterprise User)",
      "Department (Enterprise User)", "Manager: ID (Enterprise User)", "Manager: display name (Enterprise User)",
    ]);
  });
});

describe("labels of other schemas", () => {
  const resources: ScimSchemaResource[] = [
    {
      id: CUSTOM,
      name: "WorkforceUser",
      attributes: [
        { name: "badgeUrl", type: "reference" },
        { name: "employeeId", type: "string" },
        { name: "nickName", type: "string" },
        { name: "ssoURLs", type: "string", multiValued: true },
        { name: "legacyUUIDValue", type: "string" },
        { name: "home_office-city", type: "string" },
        { name: "SSN", type: "string" },
        { name: "devices", type: "complex", subAttributes: [{ name: "ipAddress", type: "string" }, { name: "displayName", type: "string" }] },
      ],
    },
  ];
  const custom = schemaFromScim(resources, { commonAttributes: false });

  it("humanize the name, keeping abbreviations in capitals, with the schema's name", () => {
    expect(custom.attributes.map((attribute) => attribute.label)).toEqual([
      "Badge URL (Workforce User)",
      "Employee ID (Workforce User)",
      // Not the core User schema: the RFC's words are not borrowed for a name that only looks the same.
      "Nick name (Workforce User)",
      "SSO URLs (Workforce User)",
      "Legacy UUID value (Workforce User)",
      "Home office city (Workforce User)",
      "SSN (Workforce User)",
      "Devices: IP address (Workforce User)",
      "Devices: display name (Workforce User)",
    ]);
  });

  it("humanize the core Group schema's names, which the table does not cover", () => {
    const groups = schemaFromScim(rfc7643Schemas, { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], commonAttributes: false });
    expect(groups.attributes.map((attribute) => attribute.label)).toEqual(["Display name (Group)", "Members (Group)", "Members: value (Group)", "Members: type (Group)"]);
  });

  it("label canonical values the same way", () => {
    const values = schemaFromScim([{ id: CUSTOM, attributes: [{ name: "signIn", type: "string", canonicalValues: ["sso", "emailPassword", "ldap"] }] }]);
    expect(values.attributes[0]?.options?.map((option) => option.label)).toEqual(["SSO", "Email password", "LDAP"]);
  });
});

describe("the labels option", () => {
  it("replaces labels by attribute path, in any case, used as given", () => {
    const schema = schemaFromScim(rfc7643Schemas, {
      labels: {
        userName: "Login",
        "NAME.GIVENNAME": "First name",
        "urn:ietf:params:scim:schemas:core:2.0:User:nickName": "Alias",
        [`${ENTERPRISE}:employeeNumber`]: "Staff number",
        "emails.value": "Email address",
        externalId: "HR system ID",
      },
    });
    expect(labelsOf(schema, ["userName", "name.givenName", "nickName", `${ENTERPRISE}:employeeNumber`, "emails.value", "externalId", "displayName"])).toEqual([
      "Login", "First name", "Alias", "Staff number", "Email address", "HR system ID", "Display name",
    ]);
  });

  it("renames a complex attribute's group and its parts' prefix by its own path", () => {
    const schema = schemaFromScim(rfc7643Schemas, { labels: { phoneNumbers: "Phones", name: "Person" } });
    expect(schema.attributes.find((attribute) => attribute.path === "phoneNumbers")).toMatchObject({ label: "Phones", group: "Phones" });
    // The RFC's written part labels still win over the prefix; a humanized part would use it.
    expect(labelsOf(schema, ["phoneNumbers.value", "name.givenName"])).toEqual(["Phone numbers: number", "Given name"]);
    expect(schema.attributes.find((attribute) => attribute.path === "name.givenName")?.group).toBe("Person");
    const custom = schemaFromScim([{ id: CUSTOM, name: "Workforce", attributes: [{ name: "skills", type: "complex", subAttributes: [{ name: "level", type: "integer" }] }] }], {
      labels: { [`${CUSTOM}:skills`]: "Competences" },
    });
    expect(labelsOf(custom, [`${CUSTOM}:skills.level`])).toEqual(["Competences: level (Workforce)"]);
  });

  it("ignores paths the schema does not have", () => {
    expect(schemaFromScim(rfc7643Schemas, { labels: { nosuch: "Nothing", constructor: "Object" } })).toEqual(rfc);
  });
});
